import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TimeReportRequest } from '@billing/reporting/contracts';
import { NEVER, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { ReportsApi } from '../../../shared/report/reports-api';
import { todayInZone } from '../../../shared/report/report-period';
import { provideTestIcons } from '../../../testing/test-icons';
import { SetupApi } from '../../setup/shared/setup-api';
import { ReportPage } from './report-page';

const ZONE = 'Europe/Berlin';

describe('ReportPage period from its address', () => {
  let requests: TimeReportRequest[];

  async function openWith(queryInputs: Record<string, string>): Promise<HTMLElement> {
    requests = [];
    TestBed.configureTestingModule({
      imports: [ReportPage],
      providers: [
        provideRouter([]),
        provideTestIcons(),
        { provide: AuthService, useValue: { can: () => true } },
        { provide: SetupApi, useValue: { get: () => of({ timeZone: ZONE }), list: () => of({ items: [] }) } },
        { provide: ReportsApi, useValue: { timeReport: (request: TimeReportRequest) => (requests.push(request), NEVER) } },
      ],
    });
    const fixture = TestBed.createComponent(ReportPage);
    for (const [name, value] of Object.entries(queryInputs)) {
      fixture.componentRef.setInput(name, value);
    }
    // The report request never answers (a pending resource keeps the fixture unstable), so settle by ticks, bounded.
    for (let turn = 0; turn < 5; turn++) {
      fixture.detectChanges();
      await Promise.resolve();
    }
    return fixture.nativeElement as HTMLElement;
  }

  const lastRequest = () => requests[requests.length - 1];
  const thisMonthStart = () => `${todayInZone(ZONE, Date.now()).slice(0, 7)}-01`;

  it('opens on the linked custom period, as of the linked instant', async () => {
    const page = await openWith({ asOf: '2026-04-02T17:30:00.000Z', from: '2026-03-01', to: '2026-03-31' });
    expect(lastRequest()).toMatchObject({ period: { from: '2026-03-01', to: '2026-03-31' }, asOf: '2026-04-02T17:30:00.000Z' });
    expect(page.textContent).toContain('Historical view');
  });

  it('opens on this month when the linked days are not valid, keeping the instant', async () => {
    await openWith({ asOf: '2026-04-02T17:30:00.000Z', from: '2026-02-30', to: '2026-03-31' });
    expect(lastRequest().period.from).toBe(thisMonthStart());
    expect(lastRequest().asOf).toBe('2026-04-02T17:30:00.000Z');
  });

  it('opens the live report on this month without a link', async () => {
    await openWith({});
    expect(lastRequest().period.from).toBe(thisMonthStart());
    expect(lastRequest().asOf).toBeUndefined();
  });
});
