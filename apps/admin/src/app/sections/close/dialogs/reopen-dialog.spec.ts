import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PeriodDetailView } from '@billing/closing/contracts';
import { provideTestIcons } from '../../../testing/test-icons';
import { STALE_MESSAGE } from '../../setup/shared/api-error';
import { ReopenDialog, ReopenDialogData } from './reopen-dialog';

const CLOSED: PeriodDetailView = {
  key: '2026-10',
  startsAt: '2026-09-30T22:00:00.000Z',
  endsAt: '2026-10-31T23:00:00.000Z',
  status: 'closed',
  closedTeamIds: [],
  reopenedTeamIds: [],
  submissionDeadline: '2026-11-04',
  deadlineSource: 'rule',
  ended: true,
  revision: 4,
  timeZone: 'Europe/Berlin',
  history: [],
};

describe('ReopenDialog', () => {
  let fixture: ComponentFixture<ReopenDialog>;
  let http: HttpTestingController;
  let page: HTMLElement;
  const close = jest.fn();

  async function open(): Promise<void> {
    const data: ReopenDialogData = { period: CLOSED, teamName: (id) => `Team ${id}`, activeTeamIds: [] };
    TestBed.configureTestingModule({
      imports: [ReopenDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestIcons(),
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: data },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReopenDialog);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function submit(): void {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  function typeReason(text: string): void {
    const reason = page.querySelector<HTMLTextAreaElement>('textarea');
    if (!reason) throw new Error('No reason field');
    reason.value = text;
    reason.dispatchEvent(new Event('input'));
  }

  afterEach(() => {
    http.verify();
    close.mockReset();
  });

  it('requires a reason that is not blank before sending', async () => {
    await open();
    expect(page.querySelector('h2')?.textContent).toContain('Reopen');
    typeReason('   ');
    submit();
    await fixture.whenStable();
    http.expectNone('/api/v1/periods/2026-10/reopen');
    expect(page.querySelector('mat-error')?.textContent).toContain('Required');
  });

  it('after a 409 reloads the period and sends again with its new revision as If-Match', async () => {
    await open();
    typeReason(' Late correction ');
    submit();
    const stale = http.expectOne('/api/v1/periods/2026-10/reopen');
    expect(stale.request.body).toEqual({ reason: 'Late correction' });
    expect(stale.request.headers.get('If-Match')).toBe('"4"');
    stale.flush({ code: 'WRONG_EXPECTED_REVISION', message: 'Changed' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(STALE_MESSAGE);

    const reloaded = (fixture.componentInstance as unknown as { reload(): Promise<void> }).reload();
    http.expectOne('/api/v1/periods/2026-10').flush({ ...CLOSED, revision: 5 });
    await reloaded;
    submit();
    const sent = http.expectOne('/api/v1/periods/2026-10/reopen');
    expect(sent.request.headers.get('If-Match')).toBe('"5"');
    sent.flush({ ...CLOSED, status: 'open', revision: 6 });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ status: 'open', revision: 6 }));
  });
});
