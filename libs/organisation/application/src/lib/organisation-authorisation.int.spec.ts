import { DemoOrganisationSeeder } from './seed/demo-organisation.seeder';
import { DEMO_PASSWORD } from './seed/demo-organisation';
import {
  TEST_ADMIN,
  call,
  eventually,
  login,
  startOrganisationTestApp,
  type OrganisationTestApp,
} from '../testing/organisation-test-app';

const ROLES = ['admin', 'finance', 'responsibleInScope', 'responsibleOutOfScope', 'member', 'auditor'] as const;
type Role = (typeof ROLES)[number];

/** The resources a role's request addresses: in scope for everybody but the out-of-scope responsible. */
interface Scope {
  memberId: string;
  teamId: string;
  clientId: string;
  projectId: string;
  taskId: string;
  milestoneId: string;
}

interface Row {
  endpoint: string;
  path: (scope: Scope) => string;
  body?: (scope: Scope, role: Role) => unknown;
  /** Creates what the request changes irreversibly (archive, complete) afresh for each call. */
  fresh?: (scope: Scope) => Promise<Partial<Scope>>;
  ifMatch?: boolean;
  allowed: readonly Role[];
}

const everybody = ROLES;
const adminFinance: Role[] = ['admin', 'finance'];
const projectWriters: Role[] = ['admin', 'finance', 'responsibleInScope'];
const projectReaders: Role[] = ['admin', 'finance', 'responsibleInScope', 'member', 'auditor'];
const memberReaders: Role[] = ['admin', 'finance', 'responsibleInScope', 'responsibleOutOfScope', 'auditor'];

// A case is several HTTP round trips on a real server, and a write waits up to 10 s for its read model (read your
// writes): on a loaded machine one case passed the default 5 s (CI, 2026-11-26).
jest.setTimeout(30_000);

describe('authorisation of every organisation endpoint, per role (real PostgreSQL)', () => {
  let api: OrganisationTestApp;
  const tokens = {} as Record<Role, string>;
  let inScope: Scope;
  let outOfScope: Scope;
  let adminToken: string;

  const url = (path: string) => `${api.baseUrl}${path}`;
  const asAdmin = async (method: string, path: string, body?: unknown) => {
    const reply = await call(method, url(path), { token: adminToken, body });
    if (reply.status >= 300) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };

  async function resources(label: string, responsibleId: string, memberId: string): Promise<Scope> {
    const responsibleIds = [responsibleId];
    const team = await asAdmin('POST', '/teams', { name: `${label} team`, responsibleIds });
    const client = await asAdmin('POST', '/clients', { name: `${label} client`, currency: 'EUR', responsibleIds });
    const project = await asAdmin('POST', '/projects', {
      clientId: client.id,
      name: `${label} project`,
      responsibleIds,
      billingModel: { kind: 'fixed_fee', fee: { amountMinor: 100_000_000, currency: 'EUR' } },
    });
    const task = await asAdmin('POST', `/projects/${project.id}/tasks`, { name: `${label} task` });
    const milestone = await asAdmin('POST', `/projects/${project.id}/milestones`, {
      name: `${label} milestone`,
      dueDate: '2026-06-30',
      amount: { amountMinor: 100, currency: 'EUR' },
    });
    return { memberId, teamId: team.id, clientId: client.id, projectId: project.id, taskId: task.id, milestoneId: milestone.id };
  }

  beforeAll(async () => {
    api = await startOrganisationTestApp('billing_org_authz_test');
    await api.app.get(DemoOrganisationSeeder).seedIfEmpty();
    adminToken = await login(api.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    const responsibles = [];
    for (const name of ['In', 'Out']) {
      responsibles.push(
        await asAdmin('POST', '/members', {
          name: `Responsible ${name}`,
          email: `responsible.${name.toLowerCase()}@example.com`,
          roles: ['responsible'],
          initialPassword: DEMO_PASSWORD,
        }),
      );
    }
    const members = await asAdmin('GET', '/members?q=member%40example.com');
    const plainMemberId: string = members.items[0].id;
    inScope = await resources('In', responsibles[0].id, plainMemberId);
    outOfScope = await resources('Out', responsibles[1].id, plainMemberId);
    tokens.admin = adminToken;
    tokens.finance = await login(api.baseUrl, 'finance@example.com', DEMO_PASSWORD);
    tokens.member = await login(api.baseUrl, 'member@example.com', DEMO_PASSWORD);
    tokens.auditor = await login(api.baseUrl, 'auditor@example.com', DEMO_PASSWORD);
    tokens.responsibleInScope = await login(api.baseUrl, 'responsible.in@example.com', DEMO_PASSWORD);
    tokens.responsibleOutOfScope = await login(api.baseUrl, 'responsible.out@example.com', DEMO_PASSWORD);
    // The access context learns responsibilities from its own projection: wait until it has.
    await eventually(
      () => call('GET', url(`/projects/${inScope.projectId}`), { token: tokens.responsibleInScope }),
      (reply) => reply.status === 200,
    );
    await eventually(
      () => call('GET', url(`/projects/${outOfScope.projectId}`), { token: tokens.responsibleOutOfScope }),
      (reply) => reply.status === 200,
    );
    }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const freshTask = async (scope: Scope) => ({ taskId: (await asAdmin('POST', `/projects/${scope.projectId}/tasks`, { name: `t-${Math.random()}` })).id });
  const freshMilestone = async (scope: Scope) => ({
    milestoneId: (
      await asAdmin('POST', `/projects/${scope.projectId}/milestones`, {
        name: 'm',
        dueDate: '2026-07-01',
        amount: { amountMinor: 1, currency: 'EUR' },
      })
    ).id,
  });
  const freshProject = async (scope: Scope) => ({
    projectId: (
      await asAdmin('POST', '/projects', { clientId: scope.clientId, name: 'p', billingModel: { kind: 'hourly', invoiceLinesPer: 'member' } })
    ).id,
  });

  const rows: Row[] = [
    { endpoint: 'GET /organisation', path: () => '/organisation', allowed: everybody },
    { endpoint: 'PATCH /organisation', path: () => '/organisation', ifMatch: true, body: () => ({ name: 'Demo Consulting GmbH' }), allowed: adminFinance },
    { endpoint: 'GET /members', path: () => '/members', allowed: memberReaders },
    { endpoint: 'GET /members/:id', path: (s) => `/members/${s.memberId}`, allowed: memberReaders },
    {
      endpoint: 'POST /members',
      path: () => '/members',
      body: (_s, role) => ({ name: 'New', email: `new.${role.toLowerCase()}@example.com`, roles: ['member'] }),
      allowed: ['admin'],
    },
    { endpoint: 'PATCH /members/:id', path: (s) => `/members/${s.memberId}`, ifMatch: true, body: () => ({ name: 'Max Member' }), allowed: ['admin'] },
    { endpoint: 'POST /members/:id/reactivate', path: (s) => `/members/${s.memberId}/reactivate`, ifMatch: true, allowed: ['admin'] },
    { endpoint: 'GET /members/:id/team-history', path: (s) => `/members/${s.memberId}/team-history`, allowed: everybody },
    { endpoint: 'POST /members/:id/team-moves', path: (s) => `/members/${s.memberId}/team-moves`, body: (s) => ({ teamId: s.teamId, from: '2026-01-01' }), allowed: adminFinance },
    { endpoint: 'GET /teams', path: () => '/teams', allowed: everybody },
    { endpoint: 'GET /teams/:id', path: (s) => `/teams/${s.teamId}`, allowed: everybody },
    { endpoint: 'GET /teams/:id/members', path: (s) => `/teams/${s.teamId}/members?on=2026-03-01`, allowed: everybody },
    { endpoint: 'POST /teams', path: () => '/teams', body: () => ({ name: 'T' }), allowed: adminFinance },
    { endpoint: 'PATCH /teams/:id', path: (s) => `/teams/${s.teamId}`, ifMatch: true, body: () => ({ name: 'Renamed' }), allowed: adminFinance },
    {
      endpoint: 'POST /teams/:id/archive',
      path: (s) => `/teams/${s.teamId}/archive`,
      fresh: async () => ({ teamId: (await asAdmin('POST', '/teams', { name: 'doomed' })).id }),
      ifMatch: true,
      allowed: adminFinance,
    },
    { endpoint: 'GET /clients', path: () => '/clients', allowed: everybody },
    { endpoint: 'GET /clients/:id', path: (s) => `/clients/${s.clientId}`, allowed: projectReaders },
    { endpoint: 'POST /clients', path: () => '/clients', body: () => ({ name: 'C', currency: 'EUR' }), allowed: adminFinance },
    { endpoint: 'PATCH /clients/:id', path: (s) => `/clients/${s.clientId}`, ifMatch: true, body: () => ({ taxRateBasisPoints: 700 }), allowed: adminFinance },
    {
      endpoint: 'POST /clients/:id/archive',
      path: (s) => `/clients/${s.clientId}/archive`,
      fresh: async () => ({ clientId: (await asAdmin('POST', '/clients', { name: 'doomed', currency: 'EUR' })).id }),
      ifMatch: true,
      allowed: adminFinance,
    },
    { endpoint: 'POST /clients/:id/unarchive', path: (s) => `/clients/${s.clientId}/unarchive`, ifMatch: true, allowed: adminFinance },
    { endpoint: 'GET /projects', path: () => '/projects', allowed: everybody },
    { endpoint: 'GET /projects/:id', path: (s) => `/projects/${s.projectId}`, allowed: projectReaders },
    {
      endpoint: 'POST /projects',
      path: () => '/projects',
      body: (s) => ({ clientId: s.clientId, name: 'P', billingModel: { kind: 'hourly', invoiceLinesPer: 'task' } }),
      allowed: projectWriters,
    },
    { endpoint: 'PATCH /projects/:id', path: (s) => `/projects/${s.projectId}`, ifMatch: true, body: () => ({ defaultBillable: false }), allowed: projectWriters },
    { endpoint: 'POST /projects/:id/complete', path: (s) => `/projects/${s.projectId}/complete`, fresh: freshProject, ifMatch: true, allowed: projectWriters },
    { endpoint: 'POST /projects/:id/archive', path: (s) => `/projects/${s.projectId}/archive`, fresh: freshProject, ifMatch: true, allowed: projectWriters },
    {
      endpoint: 'POST /projects/:id/reopen',
      path: (s) => `/projects/${s.projectId}/reopen`,
      fresh: async (s) => {
        const { projectId } = await freshProject(s);
        await call('POST', url(`/projects/${projectId}/complete`), { token: adminToken, headers: { 'If-Match': '"0"' } });
        return { projectId };
      },
      ifMatch: true,
      allowed: projectWriters,
    },
    { endpoint: 'GET /projects/:id/tasks', path: (s) => `/projects/${s.projectId}/tasks`, allowed: projectReaders },
    { endpoint: 'GET /projects/:id/tasks/:taskId', path: (s) => `/projects/${s.projectId}/tasks/${s.taskId}`, allowed: projectReaders },
    { endpoint: 'POST /projects/:id/tasks', path: (s) => `/projects/${s.projectId}/tasks`, body: (_s, role) => ({ name: `Task ${role}` }), allowed: projectWriters },
    { endpoint: 'PATCH /projects/:id/tasks/:taskId', path: (s) => `/projects/${s.projectId}/tasks/${s.taskId}`, ifMatch: true, body: () => ({ billable: false }), allowed: projectWriters },
    { endpoint: 'POST /projects/:id/tasks/:taskId/archive', path: (s) => `/projects/${s.projectId}/tasks/${s.taskId}/archive`, fresh: freshTask, ifMatch: true, allowed: projectWriters },
    { endpoint: 'GET /projects/:id/milestones', path: (s) => `/projects/${s.projectId}/milestones`, allowed: projectReaders },
    { endpoint: 'GET /projects/:id/milestones/:milestoneId', path: (s) => `/projects/${s.projectId}/milestones/${s.milestoneId}`, allowed: projectReaders },
    {
      endpoint: 'POST /projects/:id/milestones',
      path: (s) => `/projects/${s.projectId}/milestones`,
      body: () => ({ name: 'M', dueDate: '2026-08-01', amount: { amountMinor: 1, currency: 'EUR' } }),
      allowed: projectWriters,
    },
    {
      endpoint: 'PATCH /projects/:id/milestones/:milestoneId',
      path: (s) => `/projects/${s.projectId}/milestones/${s.milestoneId}`,
      ifMatch: true,
      body: () => ({ dueDate: '2026-07-15' }),
      allowed: projectWriters,
    },
    {
      endpoint: 'POST /projects/:id/milestones/:milestoneId/complete',
      path: (s) => `/projects/${s.projectId}/milestones/${s.milestoneId}/complete`,
      fresh: freshMilestone,
      ifMatch: true,
      body: () => ({ completedOn: '2026-06-01' }),
      allowed: projectWriters,
    },
  ];

  const cases = rows.flatMap((row) => ROLES.map((role) => [row.endpoint, role, row] as const));

  it.each(cases)('%s as %s', async (_endpoint, role, row) => {
    // Everybody addresses the same resources: the in-scope responsible is responsible for them, the other is not.
    const base = inScope;
    const scope = { ...base, ...(row.fresh ? await row.fresh(base) : {}) };
    const path = row.path(scope);
    const method = row.endpoint.split(' ')[0] ?? 'GET';
    const headers: Record<string, string> = {};
    if (row.ifMatch) {
      const current = await call('GET', url(path.replace(/\/(archive|unarchive|reactivate|complete|reopen)$/, '')), { token: adminToken });
      headers['If-Match'] = current.headers.get('etag') ?? '';
    }
    const reply = await call(method, url(path), { token: tokens[role], body: row.body?.(scope, role), headers });
    const expected = row.allowed.includes(role) ? (method === 'POST' && row.body && !row.ifMatch && !path.endsWith('team-moves') ? 201 : 200) : 403;
    expect({ status: reply.status, body: reply.status === expected ? 'as expected' : reply.body }).toEqual({ status: expected, body: 'as expected' });
    if (expected === 403) expect(reply.body.missingPermission).toEqual(expect.any(String));
  });
});
