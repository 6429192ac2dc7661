import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../port/types';
import { ControlMarker, messageTranslator } from './all-subscription';

function resolved(
  streamId: string,
  type: string,
  commit: bigint,
): AllStreamResolvedEvent {
  return {
    event: {
      streamId,
      id: `id-${commit}`,
      type,
      revision: 0n,
      created: new Date('2026-01-01T00:00:00.000Z'),
      isJson: true,
      data: { amount: 1 },
      metadata: {
        actor: 'a',
        occurredAt: '2026-01-01T00:00:00.000Z',
        correlationId: 'c',
        schemaVersion: 1,
      },
      position: { commit, prepare: commit },
    },
  };
}

const noUpcast = (event: RecordedEvent): RecordedEvent => event;

describe('subscription message translation', () => {
  it('delivers application events matching the filter and drops system and link events', () => {
    const translate = messageTranslator(
      'start',
      { streamPrefixes: ['invoice-'] },
      noUpcast,
    );
    expect(
      translate(resolved('invoice-1', 'invoice-issued', 10n)),
    ).toMatchObject({
      kind: 'event',
      event: {
        streamId: 'invoice-1',
        position: 'kurrent:10:10',
        data: { amount: 1 },
      },
    });
    expect(translate(resolved('invoice-1', '$metadata', 11n))).toBeUndefined();
    expect(translate(resolved('$ce-invoice', '$>', 12n))).toBeUndefined();
    expect(
      translate(resolved('time-entry-1', 'time-entry-logged', 13n)),
    ).toBeUndefined();
  });

  it('never delivers the event at or before the resume position', () => {
    const translate = messageTranslator(
      { commit: 20n, prepare: 20n },
      undefined,
      noUpcast,
    );
    expect(
      translate(resolved('invoice-1', 'invoice-issued', 20n)),
    ).toBeUndefined();
    expect(
      translate(resolved('invoice-1', 'invoice-issued', 21n)),
    ).toMatchObject({ kind: 'event' });
  });

  it('emits checkpoints and a single caught-up signal at the furthest position seen', () => {
    const translate = messageTranslator(
      'start',
      { streamPrefixes: ['nothing-'] },
      noUpcast,
    );
    translate(resolved('other-1', 'x', 30n));
    expect(
      translate(new ControlMarker('checkpoint', { commit: 25n, prepare: 25n })),
    ).toEqual({
      kind: 'checkpoint',
      position: 'kurrent:30:30',
    });
    expect(
      translate(new ControlMarker('caught-up', { commit: 40n, prepare: 40n })),
    ).toEqual({
      kind: 'caught-up',
      position: 'kurrent:40:40',
    });
    expect(
      translate(new ControlMarker('caught-up', { commit: 50n, prepare: 50n })),
    ).toBeUndefined();
  });

  it('reports caught-up at the start position on an empty database', () => {
    const translate = messageTranslator('start', undefined, noUpcast);
    expect(translate(new ControlMarker('caught-up', undefined))).toEqual({
      kind: 'caught-up',
      position: 'start',
    });
  });

  it('applies the upcaster to delivered events', () => {
    const translate = messageTranslator('start', undefined, (event) => ({
      ...event,
      schemaVersion: 2,
      data: 'lifted',
    }));
    expect(translate(resolved('a-1', 'x', 1n))).toMatchObject({
      event: { schemaVersion: 2, data: 'lifted' },
    });
  });
});
