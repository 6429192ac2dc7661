import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ReportRebuildStatus } from '@billing/reporting/contracts';
import { of } from 'rxjs';
import { REPORT_READ_MODEL_URL } from './report-rebuild-api';
import { REBUILD_POLL_MS, ReportRebuildPanel } from './report-rebuild-panel';

function status(overrides: Partial<ReportRebuildStatus> = {}): ReportRebuildStatus {
  return {
    state: 'idle',
    startedAt: null,
    finishedAt: null,
    error: null,
    eventsApplied: null,
    eventsTotal: null,
    ...overrides,
  };
}

const replaying = (eventsApplied: number) =>
  status({ state: 'replaying', startedAt: '2026-11-26T09:00:00Z', eventsApplied, eventsTotal: 1_770_000 });

describe('ReportRebuildPanel', () => {
  let fixture: ComponentFixture<ReportRebuildPanel>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let confirmed: boolean;
  let dialogOpened: jest.Mock;

  /** Lets the awaited HTTP answers and the dialog's answer reach the component, then renders. */
  async function settle(): Promise<void> {
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    fixture.detectChanges();
  }

  async function open(first: ReportRebuildStatus): Promise<void> {
    dialogOpened = jest.fn(() => ({ afterClosed: () => of(confirmed) }));
    TestBed.configureTestingModule({
      imports: [ReportRebuildPanel],
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MatDialog, useValue: { open: dialogOpened } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReportRebuildPanel);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: REPORT_READ_MODEL_URL }).flush(first);
    await settle();
  }

  /** The next poll, once its delay has passed. */
  async function nextPoll(answer: ReportRebuildStatus): Promise<void> {
    jest.advanceTimersByTime(REBUILD_POLL_MS);
    http.expectOne({ method: 'GET', url: REPORT_READ_MODEL_URL }).flush(answer);
    await settle();
  }

  const rebuildButton = () =>
    [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Rebuild reports') as HTMLButtonElement;
  const progressBar = () => page.querySelector('mat-progress-bar');

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    confirmed = true;
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('shows an idle model with the button enabled and asks nothing more', async () => {
    await open(status());
    expect(page.textContent).toContain('No rebuild since the server started.');
    expect(rebuildButton().disabled).toBe(false);
    expect(progressBar()).toBeNull();
    jest.advanceTimersByTime(REBUILD_POLL_MS * 5);
    http.expectNone(REPORT_READ_MODEL_URL);
  });

  it('follows a running rebuild with a determinate bar and the counts, and stops polling once done', async () => {
    await open(replaying(442_500));
    expect(page.textContent).toContain('Replaying the event history');
    expect(page.textContent).toContain('442,500 of 1,770,000 events');
    expect(progressBar()?.getAttribute('mode')).toBe('determinate');
    expect(progressBar()?.getAttribute('aria-valuenow')).toBe('25');
    expect(rebuildButton().disabled).toBe(true);

    await nextPoll(replaying(885_000));
    expect(page.textContent).toContain('885,000 of 1,770,000 events');
    await nextPoll(status({ state: 'switching', startedAt: '2026-11-26T09:00:00Z', eventsApplied: 1_770_000, eventsTotal: 1_770_000 }));
    expect(progressBar()?.getAttribute('mode')).toBe('indeterminate');
    await nextPoll(
      status({ state: 'done', startedAt: '2026-11-26T09:00:00Z', finishedAt: '2026-11-26T09:01:20Z', eventsApplied: 1_770_000, eventsTotal: 1_770_000 }),
    );
    expect(page.textContent).toContain('Done: reports answer from the rebuilt tables.');
    expect(page.textContent).toContain('1,770,000 events applied');
    expect(progressBar()).toBeNull();
    expect(rebuildButton().disabled).toBe(false);
    jest.advanceTimersByTime(REBUILD_POLL_MS * 5);
    http.expectNone(REPORT_READ_MODEL_URL);
  });

  it('shows why a rebuild failed and stops polling', async () => {
    await open(replaying(10));
    await nextPoll(status({ state: 'failed', startedAt: '2026-11-26T09:00:00Z', finishedAt: '2026-11-26T09:00:09Z', error: 'disk full' }));
    expect(page.textContent).toContain('Failed: reports still answer from the previous tables.');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('disk full');
    jest.advanceTimersByTime(REBUILD_POLL_MS * 5);
    http.expectNone(REPORT_READ_MODEL_URL);
  });

  it('stops polling when the page is left', async () => {
    await open(replaying(10));
    fixture.destroy();
    jest.advanceTimersByTime(REBUILD_POLL_MS * 5);
    http.expectNone(REPORT_READ_MODEL_URL);
  });

  it('starts a rebuild only after the confirmation, then follows it', async () => {
    await open(status());
    rebuildButton().click();
    await settle();
    expect(dialogOpened).toHaveBeenCalledTimes(1);
    const request = http.expectOne({ method: 'POST', url: `${REPORT_READ_MODEL_URL}/rebuild` });
    request.flush(status({ state: 'preparing', startedAt: '2026-11-26T09:00:00Z', eventsApplied: 0 }));
    await settle();
    expect(page.textContent).toContain('Preparing');
    expect(rebuildButton().disabled).toBe(true);
    await nextPoll(replaying(5000));
    expect(page.textContent).toContain('5,000 of 1,770,000 events');
    fixture.destroy();
  });

  it('sends nothing when the confirmation is declined', async () => {
    confirmed = false;
    await open(status());
    rebuildButton().click();
    await settle();
    expect(dialogOpened).toHaveBeenCalledTimes(1);
    http.expectNone(`${REPORT_READ_MODEL_URL}/rebuild`);
  });
});
