import { organisationStreams } from '@billing/organisation/domain';
import { ProjectionHost } from '@billing/shared/event-sourcing';
import { DemoOrganisationSeeder } from './seed/demo-organisation.seeder';
import { DEMO_PASSWORD } from './seed/demo-organisation';
import { TEST_ADMIN, call, login, startOrganisationTestApp, type OrganisationTestApp } from '../testing/organisation-test-app';

async function eventTypes(api: OrganisationTestApp, stream: string): Promise<string[]> {
  const result = await api.eventStore.readStream(stream);
  if (result.kind !== 'found') return [];
  const types: string[] = [];
  for await (const event of result.events) types.push(event.type);
  return types;
}

describe('organisation api (real PostgreSQL)', () => {
  let api: OrganisationTestApp;
  let admin: string;
  let clientId: string;

  beforeAll(async () => {
    api = await startOrganisationTestApp('billing_org_test');
    await api.app.get(DemoOrganisationSeeder).seedIfEmpty();
    admin = await login(api.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    const client = await call('POST', `${api.baseUrl}/clients`, { token: admin, body: { name: 'Base AG', currency: 'EUR' } });
    clientId = client.body.id;
    }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('seeds the demo organisation once: a second run appends nothing', async () => {
    const settings = await call('GET', `${api.baseUrl}/organisation`, { token: admin });
    expect(settings.body).toMatchObject({ timeZone: 'Europe/Berlin', defaultCurrency: 'EUR', invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}' });
    const before = await call('GET', `${api.baseUrl}/projects`, { token: admin });
    expect(await api.app.get(DemoOrganisationSeeder).seedIfEmpty()).toBe(false);
    const after = await call('GET', `${api.baseUrl}/projects`, { token: admin });
    expect(after.body.total).toBe(before.body.total);
    expect(before.body.items.map((project: { billingModel: { kind: string } }) => project.billingModel.kind).sort()).toEqual(
      expect.arrayContaining(['fixed_fee', 'hourly', 'per_period']),
    );
    await expect(login(api.baseUrl, 'finance@example.com', DEMO_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('creates one client and one event for the same POST sent three times with one Idempotency-Key', async () => {
    const send = () =>
      call('POST', `${api.baseUrl}/clients`, {
        token: admin,
        body: { name: 'Once Ltd', currency: 'GBP' },
        headers: { 'Idempotency-Key': 'org-test-idempotent-client' },
      });
    const replies = [await send(), await send(), await send()];
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201]);
    const ids = new Set(replies.map((reply) => reply.body.id));
    expect(ids.size).toBe(1);
    expect(replies[2]?.headers.get('location')).toBe(`/api/v1/clients/${replies[0]?.body.id}`);
    const list = await call('GET', `${api.baseUrl}/clients?q=once`, { token: admin });
    expect(list.body.total).toBe(1);
    expect(await eventTypes(api, organisationStreams.client(replies[0]?.body.id))).toEqual(['client-created']);
  });

  it('lets one of two PATCHes at the same revision win; the other gets 409 and the stream has one change', async () => {
    const created = await call('POST', `${api.baseUrl}/projects`, {
      token: admin,
      body: { clientId, name: 'Race', billingModel: { kind: 'hourly', invoiceLinesPer: 'member' } },
    });
    expect(created.status).toBe(201);
    const etag = created.headers.get('etag') ?? '';
    const patch = (name: string) =>
      call('PATCH', `${api.baseUrl}/projects/${created.body.id}`, { token: admin, body: { name }, headers: { 'If-Match': etag } });
    const replies = await Promise.all([patch('Race A'), patch('Race B')]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    expect(await eventTypes(api, organisationStreams.project(created.body.id))).toEqual(['project-created', 'project-details-changed']);
  });

  it('creates a fixed-fee project with two milestones and lists them right away', async () => {
    const project = await call('POST', `${api.baseUrl}/projects`, {
      token: admin,
      body: { clientId, name: 'Portal', billingModel: { kind: 'fixed_fee', fee: { amountMinor: 100_000, currency: 'EUR' } } },
    });
    for (const [name, dueDate, amountMinor] of [['Concept', '2026-03-31', 40_000], ['Launch', '2026-06-30', 60_000]] as const) {
      const milestone = await call('POST', `${api.baseUrl}/projects/${project.body.id}/milestones`, {
        token: admin,
        body: { name, dueDate, amount: { amountMinor, currency: 'EUR' } },
      });
      expect(milestone.status).toBe(201);
    }
    const tooMuch = await call('POST', `${api.baseUrl}/projects/${project.body.id}/milestones`, {
      token: admin,
      body: { name: 'Extra', dueDate: '2026-07-30', amount: { amountMinor: 1, currency: 'EUR' } },
    });
    expect(tooMuch.body).toMatchObject({ code: 'MILESTONES_EXCEED_FEE' });
    expect(tooMuch.status).toBe(422);
    const milestones = await call('GET', `${api.baseUrl}/projects/${project.body.id}/milestones`, { token: admin });
    expect(milestones.body.items.map((milestone: { name: string }) => milestone.name)).toEqual(['Concept', 'Launch']);
    expect(milestones.body.items[0].revision).toBe(2);
  });

  describe('invalid payloads: 400 naming the field, never a 500', () => {
    const cases: [string, string, string, unknown, string, Record<string, string>][] = [
      ['wrong type', 'POST', '/clients', { name: 5, currency: 'EUR' }, 'name', {}],
      ['unknown field', 'POST', '/clients', { name: 'X', currency: 'EUR', colour: 'red' }, 'colour', {}],
      ['unknown currency', 'POST', '/clients', { name: 'X', currency: 'EURO' }, 'currency', {}],
      ['negative tax', 'POST', '/clients', { name: 'X', currency: 'EUR', taxRateBasisPoints: -1 }, 'taxRateBasisPoints', {}],
      ['bad time zone', 'PATCH', '/organisation', { timeZone: 'Europe/Atlantis' }, 'timeZone', { 'If-Match': '"0"' }],
      ['bad e-mail', 'POST', '/members', { name: 'X', email: 'nope', roles: ['member'] }, 'email', {}],
      ['unknown role', 'POST', '/members', { name: 'X', email: 'x@example.com', roles: ['boss'] }, 'roles', {}],
      ['bad date', 'POST', '/members/00000000-0000-4000-8000-000000000001/team-moves', { teamId: null, from: '2026-02-30' }, 'from', {}],
      ['bad page size', 'GET', '/clients?pageSize=201', undefined, 'pageSize', {}],
      ['bad id', 'GET', '/projects/123', undefined, 'projectId', {}],
    ];
    it.each(cases)('%s', async (_name, method, path, body, field, headers) => {
      const reply = await call(method, `${api.baseUrl}${path}`, { token: admin, body, headers });
      expect(reply.status).toBe(400);
      expect(reply.body.fields.map((problem: { path: string }) => problem.path)).toContain(field);
    });

    it.each([
      ['a negative fee', { kind: 'fixed_fee', fee: { amountMinor: -5, currency: 'EUR' } }, 'billingModel.fee.amountMinor'],
      ['a fee on an hourly model', { kind: 'hourly', invoiceLinesPer: 'member', fee: { amountMinor: 5, currency: 'EUR' } }, 'billingModel.fee'],
      ['an unknown kind', { kind: 'barter' }, 'billingModel.kind'],
      ['a missing period unit', { kind: 'per_period', fee: { amountMinor: 5, currency: 'EUR' }, includedSeconds: 0, overageRateMinorPerHour: 0 }, 'billingModel.periodUnit'],
      ['a fee in another currency', { kind: 'fixed_fee', fee: { amountMinor: 5, currency: 'USD' } }, 'billingModel.fee.currency'],
    ])('refuses a billing model with %s', async (_name, billingModel, field) => {
      const reply = await call('POST', `${api.baseUrl}/projects`, { token: admin, body: { clientId, name: 'Bad', billingModel } });
      expect(reply.status).toBe(400);
      expect(reply.body.fields.map((problem: { path: string }) => problem.path)).toContain(field);
    });
  });

  it('rebuilds every read model from zero to the same rows', async () => {
    const snapshot = () =>
      Promise.all(
        ['org_settings', 'org_members', 'org_teams', 'org_team_memberships', 'org_clients', 'org_projects', 'org_tasks', 'org_milestones'].map(
          (table) => api.dataSource.query(`select * from ${table} order by 1, 2`),
        ),
      );
    const before = await snapshot();
    await api.app.get(ProjectionHost).rebuild('organisation-read-models');
    const deadline = Date.now() + 10_000;
    let after = await snapshot();
    while (JSON.stringify(after) !== JSON.stringify(before) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await snapshot();
    }
    expect(after).toEqual(before);
  });
});
