import { randomUUID } from 'node:crypto';
import { organisationStreams } from '@billing/organisation/domain';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { loginAs, request } from '../../testing/http';
import { ReportWorld } from '../../testing/report-world';

const at = (text: string) => Date.parse(text) / 1000;

describe('saved reports and shared links (HTTP, PostgreSQL)', () => {
  let testApp: ReportTestApp;
  let world: ReportWorld;
  let responsible: string;
  let teamA: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_links'),
      now: '2026-04-10T10:00:00Z',
    });
    world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const finance = world.member('Fiona Finance', ['finance']);
    responsible = world.member('Rita Responsible', ['responsible']);
    const inTeam = world.member('Ian Inside', ['member']);
    const outside = world.member('Olga Outside', ['member']);
    teamA = world.team('Team A', [responsible]);
    world.assign(inTeam, teamA, '2026-01-01');
    const client = world.client('Client X');
    const project = world.project(client, 'Project P');
    world.log({
      memberId: inTeam,
      projectId: project,
      start: at('2026-03-05T09:00:00Z'),
      durationSeconds: 3600,
    });
    world.log({
      memberId: outside,
      projectId: project,
      start: at('2026-03-06T09:00:00Z'),
      durationSeconds: 7200,
    });
    world.log({
      memberId: inTeam,
      projectId: project,
      start: at('2026-04-01T09:00:00Z'),
      durationSeconds: 600,
    }); // not last month
    await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    tokens['finance'] = await loginAs(testApp, finance, 'Fiona');
    tokens['responsible'] = await loginAs(testApp, responsible, 'Rita');
    tokens['inTeam'] = await loginAs(testApp, inTeam, 'Ian');
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  const url = (path: string) => `${testApp.baseUrl}${path}`;
  const saveLastMonth = (token: string, shared = false) =>
    request('POST', url('/reports/saved'), {
      token,
      body: {
        name: 'Last month by member',
        period: { kind: 'relative', relative: 'last_month' },
        groupBy: ['member'],
        shared,
      },
    });

  it('saves, lists, changes, runs and deletes a report; others see it only when shared, and cannot change it', async () => {
    const created = await saveLastMonth(tokens['responsible'] as string);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Last month by member',
      mine: true,
      shared: false,
      groupBy: ['member'],
      filters: {},
    });
    const id = created.body.id as string;
    const run = await request('POST', url(`/reports/saved/${id}/run`), {
      token: tokens['responsible'],
    });
    expect(run.status).toBe(200);
    expect(run.body.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(run.body.report.totals).toMatchObject({
      trackedSeconds: 3600,
      entryCount: 1,
    });

    expect(
      (
        await request('GET', url(`/reports/saved/${id}`), {
          token: tokens['finance'],
        })
      ).status,
    ).toBe(404);
    const shared = await request('PUT', url(`/reports/saved/${id}`), {
      token: tokens['responsible'],
      body: {
        name: 'Team hours',
        period: { kind: 'relative', relative: 'last_month' },
        groupBy: ['member'],
        shared: true,
      },
    });
    expect(shared.body).toMatchObject({ name: 'Team hours', shared: true });
    const financeList = await request('GET', url('/reports/saved'), {
      token: tokens['finance'],
    });
    expect(financeList.body.items).toEqual([
      expect.objectContaining({ id, mine: false }),
    ]);
    // Finance runs it with finance's scope: both March entries.
    const financeRun = await request('POST', url(`/reports/saved/${id}/run`), {
      token: tokens['finance'],
    });
    expect(financeRun.body.report.totals.entryCount).toBe(2);
    expect(
      (
        await request('DELETE', url(`/reports/saved/${id}`), {
          token: tokens['finance'],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request('DELETE', url(`/reports/saved/${id}`), {
          token: tokens['responsible'],
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await request('GET', url(`/reports/saved/${id}`), {
          token: tokens['responsible'],
        })
      ).status,
    ).toBe(404);
  });

  it('refuses bad definitions with 400 naming the field', async () => {
    const token = tokens['responsible'] as string;
    const bad: Array<[unknown, string]> = [
      [
        { name: '', period: { kind: 'relative', relative: 'last_month' } },
        'name',
      ],
      [
        { name: 'x', period: { kind: 'relative', relative: 'next_month' } },
        'period.relative',
      ],
      [
        {
          name: 'x',
          period: { kind: 'fixed', from: '2026-03-10', to: '2026-03-01' },
        },
        'period.to',
      ],
      [
        {
          name: 'x',
          period: { kind: 'fixed', from: '2026-03-01', to: '2026-03-02' },
          groupBy: ['nope'],
        },
        'groupBy',
      ],
    ];
    for (const [body, field] of bad) {
      const response = await request('POST', url('/reports/saved'), {
        token,
        body,
      });
      expect(response.status).toBe(400);
      expect(
        response.body.fields.map((problem: { path: string }) => problem.path),
      ).toContain(field);
    }
    expect(
      (await request('GET', url('/reports/saved/not-a-uuid'), { token }))
        .status,
    ).toBe(400);
  });

  it("opens a shared link logged out with the sharer's scope, until revoked or expired", async () => {
    const saved = await saveLastMonth(tokens['responsible'] as string);
    const id = saved.body.id as string;
    const link = await request('POST', url(`/reports/saved/${id}/links`), {
      token: tokens['responsible'],
      body: { expiresAt: '2026-04-20T00:00:00Z' },
    });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({
      active: true,
      savedReportId: id,
      path: `/api/v1/shared-reports/${link.body.token}`,
    });

    const opened = await request(
      'GET',
      url(`/shared-reports/${link.body.token}`),
    );
    expect(opened.status).toBe(200);
    // The responsible sees team A only: one March entry, not the outsider's (finance would see two).
    expect(opened.body.report.totals).toMatchObject({
      trackedSeconds: 3600,
      entryCount: 1,
    });
    expect(opened.body.savedReport.name).toBe('Last month by member');

    const [linkId, expires, signature] = (link.body.token as string).split('.');
    const stretched = await request(
      'GET',
      url(`/shared-reports/${linkId}.${Number(expires) + 86_400}.${signature}`),
    );
    expect(stretched.status).toBe(404);
    expect(
      (
        await request(
          'GET',
          url(`/shared-reports/${randomUUID()}.${expires}.${signature}`),
        )
      ).status,
    ).toBe(404);
    expect((await request('GET', url('/shared-reports/garbage'))).status).toBe(
      404,
    );

    // Others cannot revoke it; its owner can, at once.
    expect(
      (
        await request(
          'DELETE',
          url(`/reports/saved/${id}/links/${link.body.id}`),
          { token: tokens['finance'] },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await request(
          'DELETE',
          url(`/reports/saved/${id}/links/${link.body.id}`),
          { token: tokens['responsible'] },
        )
      ).status,
    ).toBe(204);
    expect(
      (await request('GET', url(`/shared-reports/${link.body.token}`))).status,
    ).toBe(404);
    const links = await request('GET', url(`/reports/saved/${id}/links`), {
      token: tokens['responsible'],
    });
    expect(links.body.items).toEqual([
      expect.objectContaining({ id: link.body.id, active: false }),
    ]);

    const expiring = await request('POST', url(`/reports/saved/${id}/links`), {
      token: tokens['responsible'],
      body: { expiresAt: '2026-04-11T00:00:00Z' },
    });
    expect(
      (await request('GET', url(`/shared-reports/${expiring.body.token}`)))
        .status,
    ).toBe(200);
    testApp.clock.set(new Date('2026-04-11T00:00:00Z'));
    const expired = await request(
      'GET',
      url(`/shared-reports/${expiring.body.token}`),
    );
    expect(expired.status).toBe(410);
    testApp.clock.set(new Date('2026-04-10T10:00:00Z'));

    const past = await request('POST', url(`/reports/saved/${id}/links`), {
      token: tokens['responsible'],
      body: { expiresAt: '2026-04-01T00:00:00Z' },
    });
    expect(past.status).toBe(400);
    expect(past.body.fields[0].path).toBe('expiresAt');
  });

  it('follows the sharer: a link shows less once they lose a responsibility, and nothing once deactivated', async () => {
    const saved = await saveLastMonth(tokens['responsible'] as string);
    const link = await request(
      'POST',
      url(`/reports/saved/${saved.body.id}/links`),
      {
        token: tokens['responsible'],
        body: { expiresAt: '2026-05-01T00:00:00Z' },
      },
    );
    const open = () =>
      request('GET', url(`/shared-reports/${link.body.token}`));
    expect((await open()).body.report.totals.entryCount).toBe(1);

    await testApp.eventStore.append(
      organisationStreams.team(teamA),
      [
        {
          id: randomUUID(),
          type: 'team-responsibles-changed',
          data: { teamId: teamA, responsibleIds: [] },
          metadata: {
            actor: 'test',
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
          },
        },
      ],
      'any',
    );
    await testApp.caughtUp();
    expect((await open()).body.report.totals.entryCount).toBe(0);

    await testApp.eventStore.append(
      organisationStreams.member(responsible),
      [
        {
          id: randomUUID(),
          type: 'member-deactivated',
          data: { memberId: responsible },
          metadata: {
            actor: 'test',
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
          },
        },
      ],
      'any',
    );
    await testApp.caughtUp();
    expect((await open()).status).toBe(404);
  });
});
