import { randomUUID } from 'node:crypto';
import { MemberAccounts } from '@billing/access/application';
import { ORGANISATION_EVENT_SCHEMA_VERSIONS, organisationStreams, type MemberRole, type OrganisationContextEvent } from '@billing/organisation/domain';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { asId } from '@billing/shared/kernel';
import type { TimeTrackingTestApp } from './time-tracking-test-app';
import { request } from '@billing/shared/testing';

const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';

async function append(testApp: TimeTrackingTestApp, stream: string, events: OrganisationContextEvent[]): Promise<void> {
  await testApp.eventStore.append(
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

async function until(testApp: TimeTrackingTestApp, what: string, sql: string, parameters: unknown[]): Promise<void> {
  const seen = await awaitReadModel(async () => ((await testApp.dataSource.query(sql, parameters)) as unknown[]).length > 0, 10_000);
  if (!seen) throw new Error(`read model did not show ${what}`);
}

export interface TestMember {
  memberId: string;
  token: string;
  email: string;
  password: string;
}

/**
 * Organisation facts for the tests, written as the organisation context's own events (it owns them) and read back
 * through its projections, as time tracking reads them in production.
 */
export class OrganisationFixture {
  constructor(private readonly testApp: TimeTrackingTestApp) {}

  async setUp(timeZone: string): Promise<void> {
    const organisationId = randomUUID();
    await append(this.testApp, organisationStreams.organisation(organisationId), [
      {
        type: 'organisation-set-up',
        data: {
          organisationId: asId(organisationId),
          name: 'Test Org',
          timeZone: timeZone as never,
          defaultCurrency: 'EUR' as never,
          invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
          defaultTimeRounding: { mode: 'none' },
          submissionDeadlineRule: { kind: 'nth-working-day-of-next-month', n: 3 },
        },
      },
    ]);
    await until(this.testApp, 'the organisation', 'select 1 from org_settings where time_zone = $1', [timeZone]);
  }

  async member(name: string, roles: MemberRole[]): Promise<TestMember> {
    const memberId = randomUUID();
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${memberId.slice(0, 8)}@example.com`;
    const password = `${name}-password-123`;
    await append(this.testApp, organisationStreams.member(memberId), [
      { type: 'member-registered', data: { memberId: asId(memberId), name, email, roles } },
    ]);
    await until(this.testApp, `member ${name}`, 'select 1 from access_members where member_id = $1', [memberId]);
    await this.testApp.app.get(MemberAccounts).createForMember({ memberId, email, name, password });
    return this.login({ memberId, token: '', email, password });
  }

  /** A fresh access token (after a test moved the clock past the token's lifetime). */
  async login(member: TestMember): Promise<TestMember> {
    const login = await request('POST', `${this.testApp.baseUrl}/auth/login`, { body: { email: member.email, password: member.password } });
    if (login.status !== 200) throw new Error(`login of ${member.email} failed: ${login.status} ${JSON.stringify(login.body)}`);
    return { ...member, token: login.body.accessToken };
  }

  async team(memberIds: string[], from: string, responsibleIds: string[] = []): Promise<string> {
    const teamId = randomUUID();
    await append(this.testApp, organisationStreams.team(teamId), [
      { type: 'team-created', data: { teamId: asId(teamId), name: `Team ${teamId.slice(0, 4)}`, responsibleIds: responsibleIds.map((id) => asId(id)) } },
    ]);
    for (const memberId of memberIds) {
      await append(this.testApp, organisationStreams.teamMembership(memberId), [
        { type: 'member-assigned-to-team', data: { memberId: asId(memberId), teamId: asId(teamId), from: from as never } },
      ]);
      await until(this.testApp, 'team membership', 'select 1 from org_team_memberships where member_id = $1 and team_id = $2', [memberId, teamId]);
    }
    return teamId;
  }

  /** An hourly project with the members and (optionally) one task; returns the ids. */
  async project(options: { memberIds: string[]; requiredFields?: { task: boolean; description: boolean } }): Promise<{ projectId: string; taskId: string; clientId: string }> {
    const clientId = randomUUID();
    const projectId = randomUUID();
    const taskId = randomUUID();
    await append(this.testApp, organisationStreams.client(clientId), [
      { type: 'client-created', data: { clientId: asId(clientId), currency: 'EUR' as never, name: `Client ${clientId.slice(0, 4)}`, taxRateBasisPoints: 1900, responsibleIds: [] } },
    ]);
    await append(this.testApp, organisationStreams.project(projectId), [
      {
        type: 'project-created',
        data: {
          projectId: asId(projectId),
          clientId: asId(clientId),
          currency: 'EUR' as never,
          billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
          responsibleIds: [],
          memberIds: options.memberIds.map((id) => asId(id)),
          name: `Project ${projectId.slice(0, 4)}`,
          estimate: {},
          budgetAlertThresholdPercent: null,
          defaultBillable: true,
          requiredFields: options.requiredFields ?? { task: false, description: false },
          timeRounding: { mode: 'none' },
        },
      },
      { type: 'task-added', data: { projectId: asId(projectId), taskId: asId(taskId), name: 'Design', estimateSeconds: null, billable: true } },
    ]);
    await until(this.testApp, 'the task', 'select 1 from org_tasks where id = $1', [taskId]);
    return { projectId, taskId, clientId };
  }
}
