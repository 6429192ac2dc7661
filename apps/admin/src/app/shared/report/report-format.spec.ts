import { ReportGroup } from '@billing/reporting/contracts';
import { ReportTotals } from '@billing/reporting/contracts';
import {
  axisLabel,
  filterSummary,
  formatHoursDecimal,
  formatTotalsCost,
  formatTotalsMoney,
  groupDisplayLabel,
  groupingLabel,
  PROFIT_ACROSS_CURRENCIES,
  totalsProfitFigure,
} from './report-format';

const group = (dimension: ReportGroup['dimension'], key: string | null, label = key ?? '(no task)') => ({ dimension, key, label });

describe('report formatting', () => {
  it.each([
    [0, '0.00'],
    [5400, '1.50'],
    [59, '0.02'], // 0.0164 h
    [17, '0.00'], // 0.0047 h
    [18, '0.01'], // exactly 0.005 h rounds half up
    [3_600_000, '1,000.00'],
    [3_599_982, '1,000.00'], // 999.995 h rounds up
    [123_456, '34.29'],
  ])('%d seconds read as %s hours', (seconds, text) => {
    expect(formatHoursDecimal(seconds)).toBe(text);
  });

  it('shows money in its currency and never invents a sum over currencies', () => {
    expect(formatTotalsMoney(123456, 'EUR')).toBe('EUR 1,234.56');
    expect(formatTotalsMoney(5000, 'JPY')).toBe('JPY 5,000');
    expect(formatTotalsMoney(1234, 'KWD')).toBe('KWD 1.234');
    expect(formatTotalsMoney(-250, 'EUR')).toBe('EUR -2.50');
    expect(formatTotalsMoney(98765, null)).toBe('Mixed currencies');
    expect(formatTotalsMoney(0, null)).toBe('—');
  });

  it('shows cost in its own currency and a profit only when the server answers one', () => {
    const usdClient: ReportTotals = { trackedSeconds: 0, billableSeconds: 0, billedSeconds: 0, amount: 40_000, cost: 9_000, profit: null, entryCount: 1, currency: 'USD', costCurrency: 'EUR' };
    expect(formatTotalsCost(usdClient)).toBe('EUR 90.00');
    expect(totalsProfitFigure(usdClient)).toEqual({ text: '—', title: PROFIT_ACROSS_CURRENCIES, negative: false });
    expect(totalsProfitFigure({ ...usdClient, currency: 'EUR', profit: 31_000 })).toEqual({ text: 'EUR 310.00', title: null, negative: false });
    expect(formatTotalsCost({ ...usdClient, cost: 0, costCurrency: null })).toBe('—');
    const empty = { ...usdClient, amount: 0, cost: 0, currency: null, costCurrency: null };
    expect(totalsProfitFigure(empty)).toEqual({ text: '—', title: null, negative: false });
    expect(formatTotalsCost({ ...usdClient, costCurrency: null })).toBe('Mixed currencies');
  });

  it('labels groupings and calendar keys', () => {
    expect(groupingLabel(['project', 'member'])).toBe('Project › Member');
    expect(groupingLabel([])).toBe('No grouping');
    expect(groupDisplayLabel(group('day', '2026-03-10'))).toBe('Tue 10 Mar 2026');
    expect(groupDisplayLabel(group('week', '2026-W11'))).toBe('2026 W11 · 9 – 15 Mar 2026');
    expect(groupDisplayLabel(group('month', '2026-03'))).toBe('March 2026');
    expect(groupDisplayLabel(group('task', null, '(no task)'))).toBe('(no task)');
    expect(groupDisplayLabel(group('project', 'p-1', 'Acme Support'))).toBe('Acme Support');
    expect(axisLabel(group('day', '2026-03-10'))).toBe('10 Mar');
    expect(axisLabel(group('week', '2026-W11'))).toBe('W11');
    expect(axisLabel(group('month', '2026-03'))).toBe('Mar 26');
  });

  it('summarises filters with names where they are known', () => {
    const names: Record<string, string> = { c1: 'Acme GmbH' };
    const summary = filterSummary(
      { clientIds: ['c1'], memberIds: ['m1', 'm2'], tags: ['urgent'], billable: true, billed: false },
      (_kind, id) => names[id] ?? null,
    );
    expect(summary).toEqual([
      { label: 'Clients', value: 'Acme GmbH' },
      { label: 'Members', value: '2 members selected' },
      { label: 'Tags', value: 'urgent' },
      { label: 'Billable', value: 'Billable only' },
      { label: 'Billed', value: 'Not billed only' },
    ]);
  });
});
