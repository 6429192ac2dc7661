import { basisPointsToPercentText, parsePercentToBasisPoints } from './percent-text';

describe('tax rates shown as percent, sent as basis points', () => {
  it.each([
    ['19', 1900],
    ['7.5', 750],
    ['7.25', 725],
    ['0', 0],
    ['100', 10_000],
    ['8,1', 810],
  ])('reads %s %% as %d basis points', (text, basisPoints) => {
    expect(parsePercentToBasisPoints(text)).toEqual({ ok: true, value: basisPoints });
  });

  it('refuses more than 100 %, more than two decimals and nonsense', () => {
    expect(parsePercentToBasisPoints('100.01')).toEqual({ ok: false, reason: 'Must be at most 100 %' });
    expect(parsePercentToBasisPoints('7.125')).toEqual({ ok: false, reason: 'Use at most 2 decimal places' });
    expect(parsePercentToBasisPoints('nineteen')).toEqual({ ok: false, reason: 'Enter a percentage like 19 or 7.5' });
  });

  it('shows basis points as the shortest percent', () => {
    expect(basisPointsToPercentText(1900)).toBe('19');
    expect(basisPointsToPercentText(750)).toBe('7.5');
    expect(basisPointsToPercentText(725)).toBe('7.25');
    expect(basisPointsToPercentText(10)).toBe('0.1');
    expect(basisPointsToPercentText(1000)).toBe('10');
    expect(basisPointsToPercentText(0)).toBe('0');
  });
});
