import { TestBed } from '@angular/core/testing';
import { ReportGroup, ReportTotals, TimeReport } from '@billing/reporting/contracts';
import { PROFIT_ACROSS_CURRENCIES } from './report-format';
import { ReportTable } from './report-table';

const totals = (money: Pick<ReportTotals, 'amount' | 'cost' | 'profit' | 'currency' | 'costCurrency'>): ReportTotals => ({
  trackedSeconds: 3600,
  billableSeconds: 3600,
  billedSeconds: 0,
  entryCount: 1,
  ...money,
});
const client = (key: string, label: string, money: ReportTotals): ReportGroup => ({ dimension: 'client', key, label, totals: money, children: [] });

// Acme pays in EUR, costed in EUR: a profit. Initech pays in USD, costed at the organisation's EUR rates: none.
const ACME = totals({ amount: 24_000, cost: 9_000, profit: 15_000, currency: 'EUR', costCurrency: 'EUR' });
const INITECH = totals({ amount: 40_000, cost: 9_000, profit: null, currency: 'USD', costCurrency: 'EUR' });
const REPORT: TimeReport = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  filters: {},
  groupBy: ['client'],
  timeZone: 'UTC',
  totals: totals({ amount: 64_000, cost: 18_000, profit: null, currency: null, costCurrency: 'EUR' }),
  groups: [client('c1', 'Acme', ACME), client('c2', 'Initech', INITECH)],
};

/** [amount, cost, profit, profit's title] of a row's cells. */
const money = (row: Element | null | undefined) => {
  const cells = Array.from(row?.querySelectorAll('td') ?? []);
  return [cells[3]?.textContent?.trim(), cells[4]?.textContent?.trim(), cells[5]?.textContent?.trim(), cells[5]?.getAttribute('title') ?? null];
};

describe('ReportTable money', () => {
  it('shows cost in its own currency and a profit only where amount and cost share one; "—" with the reason otherwise', async () => {
    TestBed.configureTestingModule({ imports: [ReportTable] });
    const fixture = TestBed.createComponent(ReportTable);
    fixture.componentRef.setInput('report', REPORT);
    await fixture.whenStable();
    fixture.detectChanges();

    const element = fixture.nativeElement as HTMLElement;
    const [acme, initech] = Array.from(element.querySelectorAll('tbody tr.group-row'));
    expect(money(acme)).toEqual(['EUR 240.00', 'EUR 90.00', 'EUR 150.00', null]);
    expect(money(initech)).toEqual(['USD 400.00', 'EUR 90.00', '—', PROFIT_ACROSS_CURRENCIES]);
    expect(money(element.querySelector('tfoot tr'))).toEqual(['Mixed currencies', 'EUR 180.00', '—', PROFIT_ACROSS_CURRENCIES]);
    expect(initech?.querySelector('td.profit')?.classList).not.toContain('negative');
  });

  it('marks a negative profit', async () => {
    TestBed.configureTestingModule({ imports: [ReportTable] });
    const fixture = TestBed.createComponent(ReportTable);
    const loss = totals({ amount: 1_000, cost: 4_000, profit: -3_000, currency: 'EUR', costCurrency: 'EUR' });
    fixture.componentRef.setInput('report', { ...REPORT, totals: loss, groups: [client('c1', 'Acme', loss)] });
    await fixture.whenStable();
    fixture.detectChanges();

    const profit = (fixture.nativeElement as HTMLElement).querySelector('tbody td.profit');
    expect(profit?.textContent?.trim()).toBe('EUR -30.00');
    expect(profit?.classList).toContain('negative');
    expect(profit?.getAttribute('title')).toBeNull();
  });
});
