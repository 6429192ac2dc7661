import { axisScale, labelStride, niceStep, scaled } from './chart-scale';

const HOUR = 3600;

describe('chart scale', () => {
  it('steps in 1, 2 or 5 hours (or tenths) and tops the axis above the largest value', () => {
    // 37.5 h in 4 ticks: raw step 9.375 h -> 10 h; top 40 h.
    expect(axisScale(37.5 * HOUR, HOUR)).toEqual({ max: 40 * HOUR, step: 10 * HOUR, ticks: [0, 10, 20, 30, 40].map((h) => h * HOUR) });
    // 3 h: raw 0.75 h -> 1 h.
    expect(axisScale(3 * HOUR, HOUR).ticks).toEqual([0, 1, 2, 3].map((h) => h * HOUR));
    // 30 min: raw 7.5 min -> 0.2 h (12 min); top 0.6 h.
    expect(axisScale(1800, HOUR)).toMatchObject({ step: 720, max: 2160 });
  });

  it('scales money in minor units with whole-euro or whole-cent steps', () => {
    // EUR 1,234.56: raw 308.64 EUR -> 500 EUR; top 1,500 EUR.
    expect(axisScale(123456, 100)).toMatchObject({ step: 50000, max: 150000 });
    // JPY (no minor unit) 7 yen: raw 1.75 -> 2.
    expect(axisScale(7, 1)).toMatchObject({ step: 2, max: 8 });
    expect(niceStep(0.3, 1)).toBe(1); // never below one base unit
  });

  it('keeps every tick an integer', () => {
    for (const value of [1, 59, 3599, 86_399, 1_234_567, 987_654_321]) {
      for (const unit of [1, 100, 1000, HOUR]) {
        expect(axisScale(value, unit).ticks.every(Number.isInteger)).toBe(true);
        expect(axisScale(value, unit).max).toBeGreaterThanOrEqual(value);
      }
    }
  });

  it('draws an empty axis as one unit high', () => {
    expect(axisScale(0, HOUR)).toEqual({ max: HOUR, step: HOUR, ticks: [0, HOUR] });
  });

  it('maps values to lengths and thins labels', () => {
    const scale = axisScale(40 * HOUR, HOUR);
    expect(scaled(20 * HOUR, scale, 400)).toBe(200);
    expect(scaled(-5, scale, 400)).toBe(0);
    expect(labelStride(31, 12)).toBe(3);
    expect(labelStride(10, 12)).toBe(1);
  });
});
