import { TestBed } from '@angular/core/testing';
import { ReportTotals } from '@billing/reporting/contracts';
import { PROFIT_ACROSS_CURRENCIES } from './report-format';
import { ReportTotalsStrip } from './report-totals-strip';

const TOTALS: ReportTotals = {
  trackedSeconds: 7200,
  billableSeconds: 7200,
  billedSeconds: 0,
  amount: 40_000,
  cost: 9_000,
  profit: null,
  entryCount: 1,
  currency: 'USD',
  costCurrency: 'EUR',
};

function profitFigure(totals: ReportTotals): HTMLElement | null {
  const fixture = TestBed.createComponent(ReportTotalsStrip);
  fixture.componentRef.setInput('totals', totals);
  fixture.detectChanges();
  const figures = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.figure'));
  return figures.find((figure) => figure.querySelector('dt')?.textContent?.trim() === 'Profit')?.querySelector('dd') ?? null;
}

describe('ReportTotalsStrip profit', () => {
  it('reads "—" with the reason when amount and cost are in different currencies, never a difference of the two', () => {
    const profit = profitFigure(TOTALS);
    expect(profit?.textContent?.trim()).toBe('—');
    expect(profit?.getAttribute('title')).toBe(PROFIT_ACROSS_CURRENCIES);
    expect(profit?.classList).not.toContain('negative');
  });

  it('shows the profit in the amount\'s currency when the server answers one', () => {
    const profit = profitFigure({ ...TOTALS, currency: 'EUR', profit: -1_500 });
    expect(profit?.textContent?.trim()).toBe('EUR -15.00');
    expect(profit?.getAttribute('title')).toBeNull();
    expect(profit?.classList).toContain('negative');
  });
});
