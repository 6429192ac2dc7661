import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { ReportFreshness } from '@billing/reporting/contracts';
import { ReportFreshnessLine } from './report-freshness';
import { BEHIND_AFTER_SECONDS, freshnessInstant, freshnessNotice } from './report-freshness-notice';

const NOW = Date.parse('2026-11-26T09:12:30Z');
const secondsBefore = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('report freshness notice', () => {
  it('formats an instant to the second, day first', () => {
    expect(freshnessInstant('2026-11-26T09:12:03.120Z', 'UTC')).toBe('26 Nov 2026, 09:12:03');
    expect(freshnessInstant('2026-11-26T09:12:03Z', 'Europe/Berlin')).toBe('26 Nov 2026, 10:12:03');
  });

  it('warns when a change recorded more than ten seconds ago is still pending, naming when', () => {
    const freshness: ReportFreshness = { countedThrough: '2026-11-26T09:00:00Z', pendingSince: '2026-11-26T09:12:03Z' };
    expect(freshnessNotice(freshness, NOW, 'UTC')).toEqual({
      kind: 'behind',
      text: 'Still counting changes recorded since 26 Nov 2026, 09:12:03 — totals may be incomplete. Refresh in a moment.',
    });
  });

  it('warns after a recreated read model: nothing counted yet, everything pending', () => {
    expect(freshnessNotice({ countedThrough: null, pendingSince: '2026-01-05T08:00:00Z' }, NOW, 'UTC')?.kind).toBe('behind');
  });

  it('tells when it was counted through while a pending change is at most ten seconds old', () => {
    const at = (pendingAge: number) =>
      freshnessNotice({ countedThrough: '2026-11-26T09:12:20Z', pendingSince: secondsBefore(pendingAge) }, NOW, 'UTC');
    expect(at(BEHIND_AFTER_SECONDS)).toEqual({ kind: 'counted', text: 'Counted through 26 Nov 2026, 09:12:20' });
    expect(at(BEHIND_AFTER_SECONDS + 1)?.kind).toBe('behind');
    expect(at(0)?.kind).toBe('counted');
  });

  it('tells when it was counted through once caught up, however old the last change', () => {
    expect(freshnessNotice({ countedThrough: '2026-10-01T07:05:09Z', pendingSince: null }, NOW, 'UTC')).toEqual({
      kind: 'counted',
      text: 'Counted through 1 Oct 2026, 07:05:09',
    });
  });

  it('says nothing without a freshness, or before anything was counted with nothing late', () => {
    expect(freshnessNotice(undefined, NOW)).toBeNull();
    expect(freshnessNotice({ countedThrough: null, pendingSince: null }, NOW)).toBeNull();
    expect(freshnessNotice({ countedThrough: null, pendingSince: secondsBefore(2) }, NOW)).toBeNull();
  });
});

describe('ReportFreshnessLine', () => {
  function render(freshness: ReportFreshness | undefined): HTMLElement {
    TestBed.configureTestingModule({ imports: [ReportFreshnessLine, MatIconTestingModule] });
    const fixture = TestBed.createComponent(ReportFreshnessLine);
    fixture.componentRef.setInput('freshness', freshness);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the warning as a status banner when the report trails', () => {
    const element = render({ countedThrough: null, pendingSince: new Date(Date.now() - 60_000).toISOString() });
    const banner = element.querySelector('.freshness-banner');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.textContent).toContain('totals may be incomplete');
    expect(element.querySelector('.counted-through')).toBeNull();
  });

  it('asks for a refresh from the warning', () => {
    TestBed.configureTestingModule({ imports: [ReportFreshnessLine, MatIconTestingModule] });
    const fixture = TestBed.createComponent(ReportFreshnessLine);
    fixture.componentRef.setInput('freshness', { countedThrough: null, pendingSince: new Date(Date.now() - 60_000).toISOString() });
    let refreshes = 0;
    fixture.componentInstance.refresh.subscribe(() => refreshes++);
    fixture.detectChanges();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.freshness-banner button')?.click();
    expect(refreshes).toBe(1);
  });

  it('shows only the discreet line when current', () => {
    const element = render({ countedThrough: new Date(Date.now() - 3_000).toISOString(), pendingSince: null });
    expect(element.querySelector('.freshness-banner')).toBeNull();
    expect(element.querySelector('.counted-through')?.textContent).toMatch(/^Counted through \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}$/);
  });
});
