import { randomUUID } from 'node:crypto';
import { MemberAccounts } from '@billing/access/application';
import {
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
  organisationStreams,
  type MemberRole,
  type OrganisationContextEvent,
} from '@billing/organisation/domain';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { asId } from '@billing/shared/kernel';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { request, type TestResponse } from '../../testing/http';

const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

interface Member {
  memberId: string;
  email: string;
  password: string;
  token: string;
}

/**
 * Reports as of a past instant, through the whole flow over HTTP: entries logged in time tracking, a project rate
 * set, an invoice run and issued in billing; then the invoice voided, the rate raised, an entry edited and another
 * logged. The report asked as of the instant the invoice was issued still shows what the invoice billed.
 */
describe('reports as of a past instant (PostgreSQL, billing over HTTP)', () => {
  let api: ReportTestApp;
  let finance: Member;
  let auditor: Member;
  let alice: Member;
  let clientId: string;
  let projectId: string;

  const url = (path: string) => `${api.baseUrl}${path}`;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    who: Member,
    body?: unknown,
  ): Promise<TestResponse> =>
    request(method, url(path), {
      token: who.token,
      ...(body === undefined ? {} : { body }),
    });
  const withRevision = async (
    method: 'POST' | 'PATCH',
    path: string,
    who: Member,
    body: unknown,
    revision: string,
  ) => {
    const response = await fetch(url(path), {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${who.token}`,
        'if-match': revision,
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? '',
      body: JSON.parse((await response.text()) || 'null'),
    };
  };

  async function append(stream: string, events: OrganisationContextEvent[]) {
    await api.eventStore.append(
      stream,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        schemaVersion: ORGANISATION_EVENT_SCHEMA_VERSIONS[event.type],
        data: event.data,
        metadata: {
          actor: ADMIN_ACTOR,
          occurredAt: new Date().toISOString(),
          correlationId: randomUUID(),
        },
      })),
      'any',
    );
  }

  async function until(what: string, sql: string, parameters: unknown[]) {
    const seen = await awaitReadModel(
      async () =>
        ((await api.dataSource.query(sql, parameters)) as unknown[]).length > 0,
      15_000,
    );
    if (!seen) throw new Error(`read model did not show ${what}`);
  }

  async function member(name: string, roles: MemberRole[]): Promise<Member> {
    const memberId = randomUUID();
    const email = `${name.toLowerCase()}.${memberId.slice(0, 8)}@example.com`;
    const password = `${name}-password-123`;
    await append(organisationStreams.member(memberId), [
      {
        type: 'member-registered',
        data: { memberId: asId(memberId), name, email, roles },
      },
    ]);
    await until(name, 'select 1 from access_members where member_id = $1', [
      memberId,
    ]);
    await api.app
      .get(MemberAccounts)
      .createForMember({ memberId, email, name, password });
    return signIn({ memberId, email, password, token: '' });
  }

  async function signIn(who: Member): Promise<Member> {
    const login = await request('POST', url('/auth/login'), {
      body: { email: who.email, password: who.password },
    });
    expect(login.status).toBe(200);
    return { ...who, token: login.body.accessToken };
  }

  const report = (who: Member, extra: Record<string, unknown> = {}) =>
    call('POST', '/reports/time', who, {
      period: MARCH,
      filters: { clientIds: [clientId] },
      groupBy: ['member'],
      ...extra,
    });

  beforeAll(async () => {
    api = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_as_of'),
      now: '2026-04-02T09:00:00Z',
      withBilling: true,
    });
    const organisationId = randomUUID();
    await append(organisationStreams.organisation(organisationId), [
      {
        type: 'organisation-set-up',
        data: {
          organisationId: asId(organisationId),
          name: 'As-of Org',
          timeZone: 'UTC' as never,
          defaultCurrency: 'EUR' as never,
          invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
          defaultTimeRounding: { mode: 'none' },
          submissionDeadlineRule: {
            kind: 'nth-working-day-of-next-month',
            n: 3,
          },
        },
      },
    ]);
    await until(
      'the organisation',
      'select 1 from org_settings where organisation_id = $1',
      [organisationId],
    );
    finance = await member('Fay', ['finance']);
    auditor = await member('Aud', ['auditor']);
    alice = await member('Alice', ['member']);
    clientId = randomUUID();
    projectId = randomUUID();
    await append(organisationStreams.client(clientId), [
      {
        type: 'client-created',
        data: {
          clientId: asId(clientId),
          currency: 'EUR' as never,
          name: 'Acme',
          taxRateBasisPoints: 1900,
          responsibleIds: [],
        },
      },
    ]);
    await append(organisationStreams.project(projectId), [
      {
        type: 'project-created',
        data: {
          projectId: asId(projectId),
          clientId: asId(clientId),
          currency: 'EUR' as never,
          billingModel: { kind: 'hourly', invoiceLinesPer: 'member' } as never,
          responsibleIds: [],
          memberIds: [asId(alice.memberId)],
          name: 'Portal',
          estimate: {},
          budgetAlertThresholdPercent: null,
          defaultBillable: true,
          requiredFields: { task: false, description: false },
          timeRounding: { mode: 'none' } as never,
        },
      },
    ]);
    await until('the project', 'select 1 from org_projects where id = $1', [
      projectId,
    ]);
    // Where the audit context runs, auditor queries are logged in its table (same columns).
    await api.dataSource.query(`create table if not exists audit_queries (
      id bigserial primary key, member_id text not null, query text not null, parameters jsonb not null,
      asked_at timestamptz not null)`);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  it('answers as of the instant an invoice was issued with what the invoice billed, after later changes', async () => {
    const rate = await call('POST', '/rates/billable', finance, {
      scope: { level: 'project', projectId },
      rateMinorPerHour: 12_000,
      currency: 'EUR',
      validFrom: '2026-03-01',
    });
    expect(rate.status).toBe(200);
    const entryIds: string[] = [];
    for (const [startedAt, durationSeconds] of [
      ['2026-03-10T09:00:00Z', 5_400],
      ['2026-03-20T09:00:00Z', 1_800],
    ] as const) {
      const logged = await call('POST', '/time-entries', alice, {
        projectId,
        startedAt,
        durationSeconds,
        description: 'work',
      });
      expect(logged.status).toBe(201);
      entryIds.push(logged.body.id);
    }

    const run = await call('POST', '/billing/runs', finance, {
      clientId,
      ...MARCH,
    });
    expect(run.status).toBe(201);
    const draft = run.body.invoice;
    const issued = await withRevision(
      'POST',
      `/invoices/${draft.invoiceId}/issue`,
      finance,
      {},
      `"${draft.revision}"`,
    );
    expect(issued.status).toBe(200);
    // 5400 s x 12000 / 3600 = 18000; 1800 s x 12000 / 3600 = 6000; subtotal 24000
    expect(issued.body.totals.subtotal).toEqual({
      amountMinor: 24_000,
      currency: 'EUR',
    });
    let issuedAt = '';
    const stream = await api.eventStore.readStream(
      `invoice-${draft.invoiceId}`,
    );
    if (stream.kind === 'found')
      for await (const event of stream.events)
        if (event.type === 'invoice-issued')
          issuedAt = event.metadata.recordedAt;
    expect(issuedAt).not.toBe('');
    await until(
      'the entries billed in the report',
      'select 1 from rpt_time_entries where entry_id = $1 and billed',
      [entryIds[1]],
    );

    // Later: the invoice is voided, the rate raised from March, one entry edited and another logged.
    const voided = await withRevision(
      'POST',
      `/invoices/${draft.invoiceId}/void`,
      finance,
      { reason: 'wrong address' },
      issued.etag,
    );
    expect(voided.status).toBe(200);
    await until(
      'the entries unbilled in the report',
      'select 1 from rpt_time_entries where entry_id = $1 and not billed',
      [entryIds[1]],
    );
    // A new step from the 2nd (the 1st has its rate already): every entry of the month is on or after it.
    const raised = await call('POST', '/rates/billable', finance, {
      scope: { level: 'project', projectId },
      rateMinorPerHour: 15_000,
      currency: 'EUR',
      validFrom: '2026-03-02',
    });
    expect(raised.body).toMatchObject({ billable: expect.any(Array) });
    expect(raised.status).toBe(200);
    const entry = await call('GET', `/time-entries/${entryIds[0]}`, alice);
    const edited = await withRevision(
      'PATCH',
      `/time-entries/${entryIds[0]}`,
      alice,
      { endedAt: '2026-03-10T11:00:00Z' },
      `"${entry.body.revision}"`,
    );
    expect(edited.status).toBe(200);
    expect(
      (
        await call('POST', '/time-entries', alice, {
          projectId,
          startedAt: '2026-03-25T09:00:00Z',
          durationSeconds: 3_600,
          description: 'more work',
        })
      ).status,
    ).toBe(201);
    // 7200 + 1800 + 3600 = 12600 s at 15000 = 52500
    const liveSeen = await awaitReadModel(
      async () => (await report(finance)).body.totals?.amount === 52_500,
      15_000,
    );
    expect(liveSeen).toBe(true);

    // The clock of the test host stands in April; the as-of instant is real time, so move the clock past it (and
    // sign in again: tokens issued in April have expired by then).
    api.clock.set(new Date(Date.now() + 60_000).toISOString());
    auditor = await signIn(auditor);
    finance = await signIn(finance);
    const then = await report(auditor, {
      asOf: issuedAt,
      includeEntries: true,
    });
    expect(then.status).toBe(200);
    expect(then.body.asOf).toBe(new Date(issuedAt).toISOString());
    expect(then.body.totals).toMatchObject({
      trackedSeconds: 7_200,
      billableSeconds: 7_200,
      amount: issued.body.totals.subtotal.amountMinor,
      entryCount: 2,
    });
    expect(
      then.body.entries.items.map((item: { amount: number }) => item.amount),
    ).toEqual([18_000, 6_000]);
    const live = await report(auditor);
    expect(live.body.asOf).toBeUndefined();
    expect(live.body.totals).toMatchObject({ amount: 52_500, entryCount: 3 });

    const logged: Array<{ query: string; parameters: { asOf: string } }> =
      await api.dataSource.query(
        `select query, parameters from audit_queries where member_id = $1`,
        [auditor.memberId],
      );
    expect(logged).toEqual([
      expect.objectContaining({
        query: 'report-as-of',
        parameters: expect.objectContaining({ asOf: issuedAt }),
      }),
    ]);

    // An auditor reads every report but changes nothing, not even a saved report of their own.
    const save = await request('POST', url('/reports/saved'), {
      token: auditor.token,
      body: { name: 'As issued', definition: { period: { from: '2026-03-01', to: '2026-03-31' }, groupBy: ['project'] } },
    });
    expect(save.status).toBe(403);
    expect(JSON.stringify(save.body)).toContain('reports.save');
  }, 120_000);

  it('refuses an asOf that is not an instant or lies in the future, naming the field', async () => {
    const malformed = await report(finance, { asOf: '2026-03-31' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('asOf');
    const future = await report(finance, {
      asOf: new Date(api.clock.now().getTime() + 86_400_000).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('must not be in the future');
  });
});
