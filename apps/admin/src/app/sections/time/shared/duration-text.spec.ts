import { formatCellDuration, formatDuration, formatElapsed, parseDurationText, parseSignedDurationText } from './duration-text';

describe('duration text', () => {
  it.each([
    ['1.5', 5400],
    ['1,5', 5400],
    ['1:30', 5400],
    ['0:05', 300],
    ['8', 28_800],
    [' 2.25 ', 8100],
    ['0.1', 360],
    ['24', 86_400],
    ['0', 0],
  ])('reads %p as %p seconds', (text, seconds) => {
    expect(parseDurationText(text)).toEqual({ ok: true, seconds });
  });

  it('reads blank as no time', () => {
    expect(parseDurationText('  ')).toEqual({ ok: true, seconds: null });
  });

  it.each([
    ['abc', 'Enter hours like 7.5 or 7:30'],
    ['1:75', 'Enter hours like 7.5 or 7:30'],
    ['-1', 'Enter hours like 7.5 or 7:30'],
    ['24.5', 'At most 24 hours per entry'],
    ['25:00', 'At most 24 hours per entry'],
    ['0.00001', 'Use at most 4 decimal places'],
  ])('refuses %p', (text, reason) => {
    expect(parseDurationText(text)).toEqual({ ok: false, reason });
  });

  it('formats hours and minutes, dropping seconds', () => {
    expect(formatDuration(5400)).toBe('1:30');
    expect(formatDuration(59)).toBe('0:00');
    expect(formatDuration(90_000)).toBe('25:00');
    expect(formatDuration(3661)).toBe('1:01');
    expect(formatCellDuration(0)).toBe('');
    expect(formatCellDuration(1800)).toBe('0:30');
  });

  it('reads and formats signed corrections (adjusting entries)', () => {
    expect(parseSignedDurationText('-0:30')).toEqual({ ok: true, seconds: -1800 });
    expect(parseSignedDurationText('+1.25')).toEqual({ ok: true, seconds: 4500 });
    expect(parseSignedDurationText('0:45')).toEqual({ ok: true, seconds: 2700 });
    expect(parseSignedDurationText('-0')).toEqual({ ok: false, reason: 'Enter the correction, e.g. -0:30 to take half an hour off' });
    expect(parseSignedDurationText('-25')).toEqual({ ok: false, reason: 'At most 24 hours per entry' });
    expect(formatDuration(-1800)).toBe('-0:30');
    expect(formatDuration(-5400)).toBe('-1:30');
  });

  it('formats a running clock', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(3725)).toBe('1:02:05');
    expect(formatElapsed(-3)).toBe('0:00:00');
  });
});
