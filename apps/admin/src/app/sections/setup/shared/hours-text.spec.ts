import { formatHours, parseHoursText, secondsToHoursText } from './hours-text';

describe('hours typed as text', () => {
  it.each<[string, number]>([
    ['7.5', 27_000],
    ['7,5', 27_000],
    ['0.25', 900],
    ['10', 36_000],
    ['7:30', 27_000],
    ['0:05', 300],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(parseHoursText(text)).toEqual({ ok: true, value: seconds });
  });

  it('computes seconds with integers: 0.1 h is exactly 360 s, 1.3333 h is refused as fractional seconds', () => {
    expect(parseHoursText('0.1')).toEqual({ ok: true, value: 360 });
    // 1.3333 h = 4799.88 s: not a whole second.
    expect(parseHoursText('1.3333')).toEqual({ ok: false, reason: 'Hours must come to whole seconds' });
    // 0.0025 h = 9 s exactly.
    expect(parseHoursText('0.0025')).toEqual({ ok: true, value: 9 });
  });

  it.each([
    ['7:75', 'Enter hours like 7.5 or 7:30'],
    ['-1', 'Enter hours like 7.5 or 7:30'],
    ['1.23456', 'Use at most 4 decimal places'],
    ['seven', 'Enter hours like 7.5 or 7:30'],
  ])('refuses %s', (text, reason) => {
    expect(parseHoursText(text)).toEqual({ ok: false, reason });
  });

  it('shows seconds as hours', () => {
    expect(secondsToHoursText(27_000)).toBe('7.5');
    expect(secondsToHoursText(36_000)).toBe('10');
    expect(secondsToHoursText(900)).toBe('0.25');
    expect(secondsToHoursText(0)).toBe('0');
    // 100 s = 0.02777… h, rounded half up to 4 decimals.
    expect(secondsToHoursText(100)).toBe('0.0278');
    expect(formatHours(5400)).toBe('1.5 h');
    expect(formatHours(null)).toBe('—');
    expect(formatHours(undefined)).toBe('—');
  });

  it('round-trips whole and quarter hours', () => {
    for (const seconds of [0, 900, 1800, 3600, 27_000, 360_000]) {
      expect(parseHoursText(secondsToHoursText(seconds))).toEqual({ ok: true, value: seconds });
    }
  });
});
