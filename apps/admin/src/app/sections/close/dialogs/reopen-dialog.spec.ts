import { PeriodDetailView } from '@billing/closing/contracts';
import { DialogUnderTest, openDialog, typeInto } from '../../../testing/dialog-under-test';
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
  let dialog: DialogUnderTest<ReopenDialog>;
  let fixture: DialogUnderTest<ReopenDialog>['fixture'];
  let http: DialogUnderTest<ReopenDialog>['http'];
  let page: HTMLElement;
  let close: jest.Mock;

  async function open(): Promise<void> {
    dialog = await openDialog(ReopenDialog, { period: CLOSED, teamName: (id: string) => `Team ${id}`, activeTeamIds: [] } satisfies ReopenDialogData);
    ({ fixture, http, page, close } = dialog);
  }

  function submit(): void {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  function typeReason(text: string): void {
    typeInto(page, 'reason', text, 'textarea');
  }

  afterEach(() => {
    http.verify();
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
