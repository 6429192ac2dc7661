import { randomUUID } from 'node:crypto';
import { MemberAccounts } from '@billing/access/application';
import { ORGANISATION_EVENT_SCHEMA_VERSIONS, organisationStreams, type MemberRole, type OrganisationContextEvent } from '@billing/organisation/domain';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { asId } from '@billing/shared/kernel';
import type { ClosingTestApp } from './closing-test-app';
import { request } from '@billing/shared/testing';

const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';

export interface TestMember {
  memberId: string;
  token: string;
  email: string;
  password: string;
}

/** Organisation facts written as the organisation context's own events, read back through its projections. */
export class OrganisationFixture {
  constructor(private readonly testApp: ClosingTestApp) {}

  private async append(stream: string, events: OrganisationContextEvent[]): Promise<void> {
    await this.testApp.eventStore.append(
      stream,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        schemaVersion: ORGANISATION_EVENT_SCHEMA_VERSIONS[event.type],
        data: event.data,
        metadata: { actor: ADMIN_ACTOR, occurredAt: new Date().toISOString(), correlationId: randomUUID() },
      })),
      'any',
    );
  }

  private async until(what: string, sql: string, parameters: unknown[]): Promise<void> {
    const seen = await awaitReadModel(async () => ((await this.testApp.dataSource.query(sql, parameters)) as unknown[]).length > 0, 10_000);
    if (!seen) throw new Error(`read model did not show ${what}`);
  }

  async setUp(timeZone: string): Promise<void> {
    await this.append(organisationStreams.organisation(randomUUID()), [
      {
        type: 'organisation-set-up',
        data: {
          organisationId: asId(randomUUID()),
          name: 'Close Org',
          timeZone: timeZone as never,
          defaultCurrency: 'EUR' as never,
          invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
          defaultTimeRounding: { mode: 'none' },
          submissionDeadlineRule: { kind: 'nth-working-day-of-next-month', n: 3 },
        },
      },
    ]);
    await this.until('the organisation', 'select 1 from org_settings where time_zone = $1', [timeZone]);
  }

  async member(name: string, roles: MemberRole[]): Promise<TestMember> {
    const memberId = randomUUID();
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${memberId.slice(0, 8)}@example.com`;
    const password = `${name}-password-123`;
    await this.append(organisationStreams.member(memberId), [{ type: 'member-registered', data: { memberId: asId(memberId), name, email, roles } }]);
    await this.until(`member ${name}`, 'select 1 from access_members where member_id = $1', [memberId]);
    await this.testApp.app.get(MemberAccounts).createForMember({ memberId, email, name, password });
    return this.login({ memberId, token: '', email, password });
  }

  async login(member: TestMember): Promise<TestMember> {
    const login = await request('POST', `${this.testApp.baseUrl}/auth/login`, { body: { email: member.email, password: member.password } });
    if (login.status !== 200) throw new Error(`login of ${member.email} failed: ${login.status} ${JSON.stringify(login.body)}`);
    return { ...member, token: login.body.accessToken };
  }

  async team(memberIds: string[], from: string): Promise<string> {
    const teamId = randomUUID();
    await this.append(organisationStreams.team(teamId), [{ type: 'team-created', data: { teamId: asId(teamId), name: `Team ${teamId.slice(0, 4)}`, responsibleIds: [] } }]);
    await this.until('the team', 'select 1 from org_teams where id = $1', [teamId]);
    for (const memberId of memberIds) {
      await this.append(organisationStreams.teamMembership(memberId), [
        { type: 'member-assigned-to-team', data: { memberId: asId(memberId), teamId: asId(teamId), from: from as never } },
      ]);
      await this.until('team membership', 'select 1 from org_team_memberships where member_id = $1 and team_id = $2', [memberId, teamId]);
    }
    return teamId;
  }

  /** An hourly, billable-by-default project with the members. */
  async project(memberIds: string[]): Promise<string> {
    const clientId = randomUUID();
    const projectId = randomUUID();
    await this.append(organisationStreams.client(clientId), [
      { type: 'client-created', data: { clientId: asId(clientId), currency: 'EUR' as never, name: `Client ${clientId.slice(0, 4)}`, taxRateBasisPoints: 1900, responsibleIds: [] } },
    ]);
    await this.append(organisationStreams.project(projectId), [
      {
        type: 'project-created',
        data: {
          projectId: asId(projectId),
          clientId: asId(clientId),
          currency: 'EUR' as never,
          billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
          responsibleIds: [],
          memberIds: memberIds.map((id) => asId(id)),
          name: `Project ${projectId.slice(0, 4)}`,
          estimate: {},
          budgetAlertThresholdPercent: null,
          defaultBillable: true,
          requiredFields: { task: false, description: false },
          timeRounding: { mode: 'none' },
        },
      },
    ]);
    await this.until('the project', 'select 1 from org_projects where id = $1', [projectId]);
    return projectId;
  }
}
