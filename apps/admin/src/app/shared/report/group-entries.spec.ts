import { TestBed } from '@angular/core/testing';
import { ReportEntry, TimeReport } from '@billing/reporting/contracts';
import { of } from 'rxjs';
import { GroupEntries } from './group-entries';
import { ReportsApi } from './reports-api';

const TOTALS = { trackedSeconds: 0, billableSeconds: 0, billedSeconds: 0, amount: 0, cost: 0, profit: 0, entryCount: 2, currency: 'EUR', costCurrency: null };
const REPORT: TimeReport = { period: { from: '2026-04-01', to: '2026-04-30' }, filters: {}, groupBy: ['client'], timeZone: 'UTC', totals: TOTALS, groups: [] };

function entry(entryId: string, description: string, adjustment: Pick<ReportEntry, 'adjustsEntryId' | 'adjustmentReason'>): ReportEntry {
  return {
    entryId,
    day: '2026-04-01',
    week: '2026-W14',
    month: '2026-04',
    startedAt: '2026-04-01T00:00:00Z',
    endedAt: '2026-04-01T01:00:00Z',
    clientId: 'c1',
    clientName: 'Acme',
    projectId: 'p1',
    projectName: 'Portal',
    taskId: null,
    taskName: null,
    memberId: 'm1',
    memberName: 'Ada',
    teamId: null,
    description,
    tags: [],
    billable: true,
    billed: false,
    invoiceId: null,
    billingReference: null,
    ...adjustment,
    trackedSeconds: 3600,
    billableSeconds: 3600,
    rate: null,
    amount: 0,
    cost: 0,
    currency: 'EUR',
    costCurrency: null,
  };
}

describe('GroupEntries rows', () => {
  it('badges an adjusting entry as "Adjustment", with the adjusted entry and the reason as its title; ordinary rows have none', async () => {
    const items = [
      entry('e-ordinary', 'Portal design', { adjustsEntryId: null, adjustmentReason: null }),
      entry('e-adjusting', 'Portal design', { adjustsEntryId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', adjustmentReason: 'hour logged twice' }),
    ];
    TestBed.configureTestingModule({
      imports: [GroupEntries],
      providers: [{ provide: ReportsApi, useValue: { timeReport: () => of({ ...REPORT, entries: { items, page: 1, pageSize: 25, total: 2 } }) } }],
    });
    const fixture = TestBed.createComponent(GroupEntries);
    fixture.componentRef.setInput('report', REPORT);
    fixture.componentRef.setInput('path', [{ dimension: 'client', key: 'c1', label: 'Acme', totals: TOTALS, children: [] }]);
    await fixture.whenStable();
    fixture.detectChanges();

    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(2);
    const badges = rows.map((row) => row.querySelector('.status-pill.adjustment'));
    expect(badges[0]).toBeNull();
    expect(badges[1]?.textContent?.trim()).toBe('Adjustment');
    expect(badges[1]?.getAttribute('title')).toBe('Adjusts entry 0a1b2c3d: hour logged twice');
    expect(rows[1]?.querySelector('.description')?.textContent).toContain('Portal design');
  });
});
