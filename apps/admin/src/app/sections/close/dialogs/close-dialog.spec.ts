import { PeriodDetailView } from '@billing/closing/contracts';
import { DialogUnderTest, openDialog } from '../../../testing/dialog-under-test';
import { CloseDialog, CloseDialogData } from './close-dialog';

const PERIOD: PeriodDetailView = {
  key: '2026-10',
  startsAt: '2026-09-30T22:00:00.000Z',
  endsAt: '2026-10-31T23:00:00.000Z',
  status: 'open',
  closedTeamIds: [],
  reopenedTeamIds: [],
  submissionDeadline: '2026-11-04',
  deadlineSource: 'rule',
  ended: true,
  revision: 2,
  timeZone: 'Europe/Berlin',
  history: [],
};

describe('CloseDialog', () => {
  let dialog: DialogUnderTest<CloseDialog>;
  let fixture: DialogUnderTest<CloseDialog>['fixture'];
  let http: DialogUnderTest<CloseDialog>['http'];
  let page: HTMLElement;
  let close: jest.Mock;

  async function open(data: Partial<CloseDialogData>): Promise<void> {
    dialog = await openDialog(CloseDialog, { period: PERIOD, teamIds: [], scope: 'organisation-wide', openFindings: 0, ...data });
    ({ fixture, http, page, close } = dialog);
  }

  function submit(): void {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  afterEach(() => {
    http.verify();
  });

  it('asks for a note before sending when the checklist has open findings', async () => {
    await open({ openFindings: 2 });
    expect(page.textContent).toContain('2 open findings');
    submit();
    await fixture.whenStable();
    http.expectNone('/api/v1/periods/2026-10/close');
    expect(page.querySelector('mat-error')?.textContent).toContain('Required');
  });

  it('closes a team with If-Match and an Idempotency-Key, and shows the API refusing a missing note on the note', async () => {
    await open({ teamIds: ['t1'], scope: 'for Delivery' });
    submit();
    const refused = http.expectOne('/api/v1/periods/2026-10/close');
    expect(refused.request.body).toEqual({ teamIds: ['t1'] });
    expect(refused.request.headers.get('If-Match')).toBe('"2"');
    expect(refused.request.headers.get('Idempotency-Key')).toBeTruthy();
    refused.flush(
      { code: 'VALIDATION_FAILED', message: 'Invalid', fields: [{ path: 'note', reason: 'is required to close with 1 open finding on the checklist' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(page.querySelector('mat-error')?.textContent).toContain('Is required to close with 1 open finding on the checklist');

    const note = page.querySelector<HTMLTextAreaElement>('textarea');
    if (!note) throw new Error('No note field');
    note.value = 'Confirmed with the team lead';
    note.dispatchEvent(new Event('input'));
    submit();
    const accepted = http.expectOne('/api/v1/periods/2026-10/close');
    expect(accepted.request.body).toEqual({ teamIds: ['t1'], note: 'Confirmed with the team lead' });
    accepted.flush({ ...PERIOD, status: 'closed-for-teams', closedTeamIds: ['t1'], revision: 3 });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed-for-teams' }));
  });
});
