import { HttpErrorResponse } from '@angular/common/http';
import { ReportGroup } from '@billing/reporting/contracts';
import { namesInReport, sharedLinkProblem } from './shared-report-state';

const totals = { trackedSeconds: 0, billableSeconds: 0, billedSeconds: 0, amount: 0, cost: 0, profit: 0, entryCount: 0, currency: null, costCurrency: null };

describe('shared report page', () => {
  it('tells an expired link from a revoked or unknown one', () => {
    expect(sharedLinkProblem(new HttpErrorResponse({ status: 410 })).title).toBe('This link has expired');
    expect(sharedLinkProblem(new HttpErrorResponse({ status: 404 })).title).toBe('This link does not work');
    expect(sharedLinkProblem(new HttpErrorResponse({ status: 0 })).title).toBe('The report could not be loaded');
  });

  it('knows the names of grouped ids at any level', () => {
    const groups: ReportGroup[] = [
      { dimension: 'project', key: 'p1', label: 'Acme Support', totals, children: [{ dimension: 'member', key: 'm1', label: 'Max Member', totals, children: [] }] },
    ];
    const nameOf = namesInReport(groups);
    expect(nameOf('member', 'm1')).toBe('Max Member');
    expect(nameOf('client', 'c1')).toBeNull();
  });
});
