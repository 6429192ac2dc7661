import type { Position, RecordedEvent } from '../port/types';
import { laneOf, planLanes } from './lane-plan';

let position = 0;
const event = (streamId: string): RecordedEvent =>
  ({
    id: `e${++position}`,
    streamId,
    revision: 0,
    type: 'test',
    position: String(position) as Position,
    data: {},
    metadata: { recordedAt: '2026-01-01T00:00:00Z' },
  }) as unknown as RecordedEvent;

/** Streams named `org-*` touch anything; every other stream is its own key. */
const keyOf = (e: RecordedEvent) =>
  e.streamId.startsWith('org-') ? null : e.streamId;
const ids = (events: readonly RecordedEvent[]) => events.map((e) => e.id);

describe('planLanes', () => {
  it('given keyed events only, when planned in two lanes, then every key stays in one lane in its order', () => {
    const events = ['a', 'b', 'c', 'a', 'd', 'b', 'a'].map(event);
    const [segment, ...rest] = planLanes(events, keyOf, 2);
    expect(rest).toEqual([]);
    if (segment?.kind !== 'lanes') throw new Error('expected lanes');
    expect(segment.lanes.flat()).toHaveLength(events.length);
    for (const lane of segment.lanes) {
      const positions = lane.map((e) => Number(e.position));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
    const laneOfStream = new Map<string, number>();
    segment.lanes.forEach((lane, index) =>
      lane.forEach((e) => {
        expect(laneOfStream.get(e.streamId) ?? index).toBe(index);
        laneOfStream.set(e.streamId, index);
      }),
    );
  });

  it('given an unkeyed event between keyed ones, when planned, then it is a barrier between two lane segments', () => {
    const events = ['a', 'b', 'org-1', 'org-2', 'c', 'a'].map(event);
    const segments = planLanes(events, keyOf, 3);
    expect(segments.map((s) => s.kind)).toEqual(['lanes', 'barrier', 'lanes']);
    const [before, barrier, after] = segments;
    if (
      before?.kind !== 'lanes' ||
      barrier?.kind !== 'barrier' ||
      after?.kind !== 'lanes'
    )
      throw new Error('unexpected segments');
    expect(ids(before.lanes.flat()).sort()).toEqual(
      ids(events.slice(0, 2)).sort(),
    );
    expect(ids(barrier.events)).toEqual(ids(events.slice(2, 4)));
    expect(ids(after.lanes.flat()).sort()).toEqual(ids(events.slice(4)).sort());
  });

  it('given one lane, when planned, then the keyed run is one lane in the original order', () => {
    const events = ['a', 'b', 'a'].map(event);
    expect(planLanes(events, keyOf, 1)).toEqual([
      { kind: 'lanes', lanes: [events] },
    ]);
  });

  it('leaves out lanes that got no event, and refuses a lane count below one', () => {
    const [segment] = planLanes([event('a')], keyOf, 4);
    expect(segment).toEqual({
      kind: 'lanes',
      lanes: [[expect.objectContaining({ streamId: 'a' })]],
    });
    expect(() => planLanes([], keyOf, 0)).toThrow(RangeError);
  });

  it('spreads many keys over every lane, the same way every time', () => {
    const counts = [0, 0, 0];
    for (let n = 0; n < 3000; n++) {
      const lane = laneOf(`time-entry-${n}`, 3);
      counts[lane] = (counts[lane] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(800);
    expect(laneOf('time-entry-42', 3)).toBe(laneOf('time-entry-42', 3));
  });
});
