import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganisationFixture, type TestMember } from '../../testing/organisation-fixture';
import { request } from '@billing/shared/testing';
import { recreateDatabase, startTimeTrackingTestApp, type TimeTrackingTestApp } from '../../testing/time-tracking-test-app';

/**
 * A weekly meeting in Berlin across the DST change of 29 March 2026 (one week cancelled by EXDATE), an all-day
 * event, a call in New York, an event in a zone only the file defines, an unmatched lunch and a UTC review.
 */
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//billing tests//EN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VTIMEZONE',
  'TZID:Custom India Time',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0530',
  'TZOFFSETTO:+0530',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:standup@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260316T100000',
  'DTEND;TZID=Europe/Berlin:20260316T103000',
  'RRULE:FREQ=WEEKLY;COUNT=5',
  'EXDATE;TZID=Europe/Berlin:20260406T100000',
  'SUMMARY:ACME standup',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:offsite@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;VALUE=DATE:20260318',
  'DTEND;VALUE=DATE:20260319',
  'SUMMARY:ACME offsite',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:ny-call@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=America/New_York:20260317T090000',
  'DTEND;TZID=America/New_York:20260317T100000',
  'SUMMARY:ACME call with New York',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:india@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=Custom India Time:20260319T100000',
  'DTEND;TZID=Custom India Time:20260319T110000',
  'SUMMARY:ACME Bangalore sync',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:lunch@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260319T110000Z',
  'DTEND:20260319T120000Z',
  'SUMMARY:Lunch',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260320T150000Z',
  'DURATION:PT45M',
  'SUMMARY:acme review',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('calendar import over HTTP (real PostgreSQL, organisation in Berlin)', () => {
  let api: TimeTrackingTestApp;
  let alice: TestMember;
  let project: { projectId: string; taskId: string };
  let directory: string;

  const url = (path: string) => `${api.baseUrl}${path}`;
  const previewUpload = async (from: string, to: string) => {
    const path = join(directory, 'calendar.ics');
    await writeFile(path, ICS, 'utf8');
    const form = new FormData();
    form.append('file', new Blob([await readFile(path)], { type: 'text/calendar' }), 'calendar.ics');
    form.append('from', from);
    form.append('to', to);
    return request('POST', url('/time-entries/calendar-import/preview'), { token: alice.token, form });
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'ics-import-'));
    api = await startTimeTrackingTestApp({ databaseUrl: await recreateDatabase('billing_time_test_calendar'), now: '2026-04-07T08:00:00Z' });
    const organisation = new OrganisationFixture(api);
    await organisation.setUp('Europe/Berlin');
    alice = await organisation.member('Alice Calendar', ['member']);
    project = await organisation.project({ memberIds: [alice.memberId] });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps the member keyword rules (400 naming a rule field, 409 on a stale If-Match)', async () => {
    expect((await request('GET', url('/time-entries/calendar-import/rules'), { token: alice.token })).body).toEqual({ rules: [], revision: 0 });
    const saved = await request('PUT', url('/time-entries/calendar-import/rules'), {
      token: alice.token,
      body: { rules: [{ keyword: 'ACME', projectId: project.projectId, taskId: project.taskId }] },
      headers: { 'If-Match': '"0"' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    const stale = await request('PUT', url('/time-entries/calendar-import/rules'), { token: alice.token, body: { rules: [] }, headers: { 'If-Match': '"0"' } });
    expect(stale.status).toBe(409);
    const bad = await request('PUT', url('/time-entries/calendar-import/rules'), { token: alice.token, body: { rules: [{ keyword: '', projectId: 'x' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((problem: { path: string }) => problem.path).sort()).toEqual(['rules.0.keyword', 'rules.0.projectId']);
  });

  it('previews an uploaded file: recurrences across DST, all-day skipped, zones honoured', async () => {
    const preview = await previewUpload('2026-03-16', '2026-04-06');
    expect(preview.status).toBe(200);
    const byOutcome = (outcome: string) => preview.body.proposals.filter((proposal: { outcome: string }) => proposal.outcome === outcome);
    const proposed = byOutcome('proposed').map((proposal: { description: string; startedAt: string; endedAt: string; day: string }) => [
      proposal.description,
      proposal.startedAt,
      proposal.endedAt,
      proposal.day,
    ]);
    expect(proposed).toEqual([
      ['ACME standup', '2026-03-16T09:00:00Z', '2026-03-16T09:30:00Z', '2026-03-16'], // 10:00 CET = UTC+1
      ['ACME call with New York', '2026-03-17T13:00:00Z', '2026-03-17T14:00:00Z', '2026-03-17'], // 09:00 EDT = UTC-4
      ['ACME Bangalore sync', '2026-03-19T04:30:00Z', '2026-03-19T05:30:00Z', '2026-03-19'], // 10:00 at +05:30
      ['acme review', '2026-03-20T15:00:00Z', '2026-03-20T15:45:00Z', '2026-03-20'],
      ['ACME standup', '2026-03-23T09:00:00Z', '2026-03-23T09:30:00Z', '2026-03-23'],
      ['ACME standup', '2026-03-30T08:00:00Z', '2026-03-30T08:30:00Z', '2026-03-30'], // 10:00 CEST = UTC+2 after 29 March
      // 6 April is cancelled by EXDATE; 13 April is after the range
    ]);
    expect(byOutcome('skipped').map((proposal: { summary: string; reason: string }) => [proposal.summary, proposal.reason])).toEqual([
      ['ACME offsite', 'all-day'],
      ['Lunch', 'no-matching-rule'],
    ]);
    expect(byOutcome('proposed')[0]).toMatchObject({ projectId: project.projectId, taskId: project.taskId, externalId: 'calendar:2026-03-16T09:00:00Z:standup@example.com' });
  });

  it('accepts proposals once: a second accept reports them already imported', async () => {
    const preview = await previewUpload('2026-03-16', '2026-04-06');
    const proposals = preview.body.proposals
      .filter((proposal: { outcome: string }) => proposal.outcome === 'proposed')
      .map(({ externalId, projectId, taskId, description, startedAt, endedAt }: Record<string, string>) => ({ externalId, projectId, taskId, description, startedAt, endedAt }));
    const accepted = await request('POST', url('/time-entries/calendar-import/accept'), { token: alice.token, body: { proposals } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.results.map((result: { outcome: string }) => result.outcome)).toEqual(Array(6).fill('logged'));
    const again = await request('POST', url('/time-entries/calendar-import/accept'), { token: alice.token, body: { proposals: proposals.slice(0, 2) } });
    expect(again.body.results.map((result: { outcome: string }) => result.outcome)).toEqual(['already-imported', 'already-imported']);
    const listed = await request('GET', url('/time-entries?from=2026-03-16&to=2026-04-06'), { token: alice.token });
    expect(listed.body.total).toBe(6);
    expect(listed.body.items.every((item: { source: string }) => item.source === 'calendar')).toBe(true);
    const previewAgain = await previewUpload('2026-03-16', '2026-04-06');
    expect(previewAgain.body.proposals.filter((proposal: { outcome: string }) => proposal.outcome === 'already-imported')).toHaveLength(6);
  });

  it.each([
    ['no source', {}, 'ics'],
    ['an unreadable file', { ics: 'this is not a calendar' }, 'ics'],
    ['two sources', { ics: ICS, url: 'https://calendar.example.com/a.ics' }, 'ics'],
    ['a host the server may not fetch from', { url: 'https://calendar.example.com/a.ics' }, 'url'],
    ['a malformed url', { url: 'not a url' }, 'url'],
    ['a range that ends before it starts', { ics: ICS, from: '2026-03-10', to: '2026-03-01' }, 'to'],
  ] as [string, Record<string, unknown>, string][])('answers 400 naming the field for %s', async (_case, body, field) => {
    const answer = await request('POST', url('/time-entries/calendar-import/preview'), { token: alice.token, body });
    expect(answer.status).toBe(400);
    expect(answer.body.fields[0].path).toBe(field);
  });

  it('refuses accepting a malformed proposal with 400 naming the field', async () => {
    const answer = await request('POST', url('/time-entries/calendar-import/accept'), {
      token: alice.token,
      body: { proposals: [{ externalId: 'manual:1', projectId: project.projectId, description: 'x', startedAt: 'soon', endedAt: '2026-03-16T09:30:00Z' }] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.fields.map((problem: { path: string }) => problem.path).sort()).toEqual(['proposals.0.externalId', 'proposals.0.startedAt']);
  });
});
