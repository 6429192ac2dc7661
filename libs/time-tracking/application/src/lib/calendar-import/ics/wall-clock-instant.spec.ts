import type { TimeZone } from '@billing/shared/kernel';
import { instantOfWallTime } from './wall-clock-instant';

const BERLIN = 'Europe/Berlin' as TimeZone;
const wall = (text: string) => {
  const [date = '', time = ''] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: 0 };
};

describe('wall clock to instant', () => {
  it.each([
    ['2026-03-28 10:00', '2026-03-28T09:00:00.000Z'], // CET, UTC+1
    ['2026-03-30 10:00', '2026-03-30T08:00:00.000Z'], // CEST, UTC+2
    // 29 March 02:30 does not exist (02:00 -> 03:00): read with the offset before the jump, i.e. 03:30 CEST
    ['2026-03-29 02:30', '2026-03-29T01:30:00.000Z'],
    // 25 October 02:30 happens twice: the earlier (CEST) instant
    ['2026-10-25 02:30', '2026-10-25T00:30:00.000Z'],
  ])('%s in Berlin is %s', (local, expected) => {
    expect(instantOfWallTime(wall(local), BERLIN).toISOString()).toBe(expected);
  });
});
