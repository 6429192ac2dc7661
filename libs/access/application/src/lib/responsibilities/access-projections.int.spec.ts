import { randomUUID } from 'node:crypto';
import { awaitReadModel, ProjectionHost } from '@billing/shared/event-sourcing';
import { asId, type CurrencyCode } from '@billing/shared/kernel';
import type {
  BillingModel,
  ProjectDetails,
} from '@billing/organisation/domain';
import {
  AccessTestApp,
  recreateDatabase,
  startAccessTestApp,
} from '../../testing/access-test-app';
import {
  appendOrganisationEvents,
  executeMemberCommand,
  registerMemberWithAccount,
} from '../../testing/organisation-events';
import { AccessPolicy } from '../authorization/access-policy';
import { PrincipalResolver } from '../authorization/principal-resolver';
import { ACCESS_MEMBERS_PROJECTION } from '../members/access-members.projection';
import { ACCESS_RESPONSIBILITIES_PROJECTION } from './access-responsibilities.projection';

const EUR = 'EUR' as CurrencyCode;
const hourly = { kind: 'hourly' } as unknown as BillingModel;
const projectDetails = {
  name: 'Website',
  estimate: {},
  budgetAlertThresholdPercent: null,
  defaultBillable: true,
  requiredFields: { task: false, description: false },
  timeRounding: { mode: 'none', incrementMinutes: 1 },
} as unknown as ProjectDetails;

describe('access projections (real PostgreSQL)', () => {
  let api: AccessTestApp;
  const teamId = randomUUID();
  const clientId = randomUUID();
  const projectId = randomUUID();
  const otherProjectId = randomUUID();
  let rita: string;
  let sam: string;

  beforeAll(async () => {
    api = await startAccessTestApp({
      databaseUrl: await recreateDatabase('billing_access_test_projections'),
    });
    rita = (
      await registerMemberWithAccount(api, 'Rita Responsible', [
        'responsible',
        'member',
      ])
    ).memberId;
    sam = (await registerMemberWithAccount(api, 'Sam Second', ['responsible']))
      .memberId;
    await executeMemberCommand(api, {
      type: 'change-member-details',
      data: { memberId: asId<'Member'>(sam), name: 'Samantha Second' },
    });

    await appendOrganisationEvents(api, `team-${teamId}`, [
      {
        type: 'team-created',
        data: {
          teamId: asId(teamId),
          name: 'Design',
          responsibleIds: [asId(rita)],
        },
      },
    ]);
    await appendOrganisationEvents(api, `client-${clientId}`, [
      {
        type: 'client-created',
        data: {
          clientId: asId(clientId),
          currency: EUR,
          name: 'Acme',
          taxRateBasisPoints: 1900,
          responsibleIds: [asId(sam)],
        },
      },
      // Only the name changes: the responsibles stay.
      {
        type: 'client-details-changed',
        data: { clientId: asId(clientId), name: 'Acme Ltd' },
      },
    ]);
    await appendOrganisationEvents(api, `project-${projectId}`, [
      {
        type: 'project-created',
        data: {
          projectId: asId(projectId),
          clientId: asId(clientId),
          currency: EUR,
          billingModel: hourly,
          responsibleIds: [asId(sam)],
          memberIds: [],
          ...projectDetails,
        },
      },
      {
        type: 'project-responsibles-changed',
        data: {
          projectId: asId(projectId),
          responsibleIds: [asId(rita), asId(sam)],
        },
      },
    ]);
    await appendOrganisationEvents(api, `project-${otherProjectId}`, [
      {
        type: 'project-created',
        data: {
          projectId: asId(otherProjectId),
          clientId: asId(clientId),
          currency: EUR,
          billingModel: hourly,
          responsibleIds: [asId(sam)],
          memberIds: [],
          ...projectDetails,
        },
      },
      {
        type: 'project-responsibles-changed',
        data: { projectId: asId(otherProjectId), responsibleIds: [] },
      },
    ]);
    const caughtUp = await awaitReadModel(async () => {
      const rows: unknown[] = await api.dataSource.query(
        'SELECT 1 FROM access_responsibilities WHERE resource_id = $1 AND member_id = $2',
        [projectId, rita],
      );
      const gone: unknown[] = await api.dataSource.query(
        'SELECT 1 FROM access_responsibilities WHERE resource_id = $1',
        [otherProjectId],
      );
      return rows.length === 1 && gone.length === 0;
    }, 10_000);
    expect(caughtUp).toBe(true);
  });

  afterAll(async () => {
    await api?.close();
  });

  const snapshot = async () => ({
    members: await api.dataSource.query(
      'SELECT member_id, name, email, roles, active, stream_revision FROM access_members ORDER BY member_id',
    ),
    responsibilities: await api.dataSource.query(
      'SELECT resource_kind, resource_id, member_id FROM access_responsibilities ORDER BY 1, 2, 3',
    ),
  });

  it('follows member events (registered, details changed) and responsible changes', async () => {
    const { members, responsibilities } = await snapshot();
    expect(members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          member_id: sam,
          name: 'Samantha Second',
          roles: ['responsible'],
          active: true,
          stream_revision: 1,
        }),
      ]),
    );
    expect(responsibilities).toEqual(
      [
        { resource_kind: 'client', resource_id: clientId, member_id: sam },
        { resource_kind: 'project', resource_id: projectId, member_id: rita },
        { resource_kind: 'project', resource_id: projectId, member_id: sam },
        { resource_kind: 'team', resource_id: teamId, member_id: rita },
      ].sort((a, b) =>
        `${a.resource_kind}${a.resource_id}${a.member_id}`.localeCompare(
          `${b.resource_kind}${b.resource_id}${b.member_id}`,
        ),
      ),
    );
  });

  it('rebuilds both read models from event 0 to the same rows', async () => {
    const before = await snapshot();
    const host = api.app.get(ProjectionHost);
    await api.dataSource.query(`UPDATE access_members SET name = 'tampered'`);
    await api.dataSource.query('DELETE FROM access_responsibilities');
    await host.rebuild(ACCESS_MEMBERS_PROJECTION);
    await host.rebuild(ACCESS_RESPONSIBILITIES_PROJECTION);
    expect(await snapshot()).toEqual(before);
  });

  it('resolves the principal with the responsibilities from the events, and list scopes from it', async () => {
    const principal = await api.app.get(PrincipalResolver).forMember(rita);
    expect(principal).toEqual({
      memberId: rita,
      roles: ['responsible', 'member'],
      responsibilities: {
        clientIds: [],
        projectIds: [projectId],
        teamIds: [teamId],
      },
    });
    const policy = api.app.get(AccessPolicy);
    if (!principal) throw new Error('no principal');
    expect(policy.queryScope(principal, 'time.read.any')).toEqual({
      kind: 'responsibilities',
      clientIds: [],
      projectIds: [projectId],
      teamIds: [teamId],
    });
    expect(policy.queryScope(principal, 'reports.read')).toEqual({
      kind: 'responsibilities',
      clientIds: [],
      projectIds: [projectId],
      teamIds: [teamId],
      ownMemberId: rita,
    });
    expect(policy.queryScope(principal, 'time.read.own')).toEqual({
      kind: 'own',
      memberId: rita,
    });
    expect(() => policy.queryScope(principal, 'billing.read')).toThrow(
      expect.objectContaining({ missingPermission: 'billing.read' }),
    );
    expect(() =>
      policy.assert(principal, 'projects.write', { projectId: otherProjectId }),
    ).toThrow(expect.objectContaining({ missingPermission: 'projects.write' }));
    expect(policy.assert(principal, 'projects.write', { projectId })).toBe(
      'responsibilities',
    );
  });
});
