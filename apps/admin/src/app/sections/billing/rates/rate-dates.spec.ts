import { currentRate, isCurrent } from './rate-dates';

const rate = (validFrom: string, validUntil: string | null) => ({ validFrom, validUntil, ratePerHour: { amountMinor: 100, currency: 'EUR' } });

describe('rate dates', () => {
  const history = [rate('2026-01-01', '2026-06-30'), rate('2026-07-01', null)];

  it('finds the rate valid on a day, including its first and last day', () => {
    expect(currentRate(history, '2026-06-30')?.validFrom).toBe('2026-01-01');
    expect(currentRate(history, '2026-07-01')?.validFrom).toBe('2026-07-01');
    expect(currentRate(history, '2025-12-31')).toBeNull();
  });

  it('treats an open-ended rate as valid from its first day on', () => {
    expect(isCurrent(rate('2026-07-01', null), '2030-01-01')).toBe(true);
    expect(isCurrent(rate('2026-07-01', null), '2026-06-30')).toBe(false);
  });
});
