import { ReportGroup, ReportGroupBy } from '@billing/reporting/contracts';
import { chartSeries, commonCurrency } from './chart-data';

const group = (dimension: ReportGroupBy, key: string, tracked: number, amount = 0, currency: string | null = 'EUR'): ReportGroup => ({
  dimension,
  key,
  label: key,
  totals: { trackedSeconds: tracked, billableSeconds: tracked / 2, billedSeconds: 0, amount, cost: 0, profit: amount, entryCount: 1, currency, costCurrency: null },
  children: [],
});

describe('chart data', () => {
  it('draws the largest groups as bars, biggest first', () => {
    const series = chartSeries([group('project', 'A', 3600), group('project', 'B', 7200), group('project', 'C', 1800)], 'tracked', 2);
    expect(series?.kind).toBe('bars');
    expect(series?.points.map((point) => `${point.label} ${point.text}`)).toEqual(['B 2.00 h', 'A 1.00 h']);
    expect(series?.hidden).toBe(1);
  });

  it('draws a time series in calendar order when the top level is a day, week or month', () => {
    const series = chartSeries([group('day', '2026-03-02', 3600), group('day', '2026-03-03', 7200)], 'billable');
    expect(series?.kind).toBe('columns');
    expect(series?.points.map((point) => `${point.axis} ${point.text}`)).toEqual(['2 Mar 0.50 h', '3 Mar 1.00 h']);
  });

  it('charts amounts only in one currency', () => {
    const euros = [group('client', 'Acme', 3600, 12000), group('client', 'Beta', 3600, 500)];
    const series = chartSeries(euros, 'amount');
    expect(series?.unit).toBe(100);
    expect(series?.points[0].text).toBe('EUR 120.00');
    const mixed = [group('client', 'Acme', 3600, 12000), group('client', 'Globex', 3600, 500, 'USD')];
    expect(commonCurrency(mixed)).toBeNull();
    expect(chartSeries(mixed, 'amount')).toBeNull();
    expect(chartSeries(mixed, 'tracked')).not.toBeNull();
  });
});
