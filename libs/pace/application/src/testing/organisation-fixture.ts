import { randomUUID } from 'node:crypto';
import { MemberAccounts } from '@billing/access/application';
import { ORGANISATION_EVENT_SCHEMA_VERSIONS, organisationStreams, type MemberRole, type OrganisationContextEvent } from '@billing/organisation/domain';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { asId } from '@billing/shared/kernel';
import type { PaceTestApp } from './pace-test-app';
import { request } from '@billing/shared/testing';

const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';

export interface TestMember {
  memberId: string;
  token: string;
  email: string;
  password: string;
}

/** Organisation facts as the organisation context's own events; time entries as time tracking's events. */
export class OrganisationFixture {
  constructor(private readonly testApp: PaceTestApp) {}

  async append(stream: string, events: { type: string; data: unknown }[], schemaVersion = (type: string) => ORGANISATION_EVENT_SCHEMA_VERSIONS[type as OrganisationContextEvent['type']] ?? 1): Promise<void> {
    await this.testApp.eventStore.append(
      stream,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        schemaVersion: schemaVersion(event.type),
        data: event.data,
        metadata: { actor: ADMIN_ACTOR, occurredAt: this.testApp.clock.now().toISOString(), correlationId: randomUUID() },
      })),
      'any',
    );
  }

  async until(what: string, sql: string, parameters: unknown[]): Promise<void> {
    const seen = await awaitReadModel(async () => ((await this.testApp.dataSource.query(sql, parameters)) as unknown[]).length > 0, 10_000);
    if (!seen) throw new Error(`read model did not show ${what}`);
  }

  async setUp(timeZone: string): Promise<void> {
    await this.append(organisationStreams.organisation(randomUUID()), [
      {
        type: 'organisation-set-up',
        data: {
          organisationId: asId(randomUUID()),
          name: 'Pace Org',
          timeZone,
          defaultCurrency: 'EUR',
          invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
          defaultTimeRounding: { mode: 'none' },
          submissionDeadlineRule: { kind: 'nth-working-day-of-next-month', n: 3 },
        },
      },
    ]);
    await this.until('the zone', 'select 1 from pace_settings where time_zone = $1', [timeZone]);
  }

  async member(name: string, roles: MemberRole[]): Promise<TestMember> {
    const memberId = randomUUID();
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${memberId.slice(0, 8)}@example.com`;
    const password = `${name}-password-123`;
    await this.append(organisationStreams.member(memberId), [{ type: 'member-registered', data: { memberId, name, email, roles } }]);
    await this.until(`member ${name}`, 'select 1 from access_members where member_id = $1', [memberId]);
    await this.until(`member ${name} in org`, 'select 1 from org_members where id = $1', [memberId]);
    await this.testApp.app.get(MemberAccounts).createForMember({ memberId, email, name, password });
    const login = await request('POST', `${this.testApp.baseUrl}/auth/login`, { body: { email, password } });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    return { memberId, token: login.body.accessToken, email, password };
  }

  async relogin(member: TestMember): Promise<TestMember> {
    const login = await request('POST', `${this.testApp.baseUrl}/auth/login`, { body: { email: member.email, password: member.password } });
    return { ...member, token: login.body.accessToken };
  }

  async team(responsibleIds: string[], memberIds: string[], from: string): Promise<string> {
    const teamId = randomUUID();
    await this.append(organisationStreams.team(teamId), [{ type: 'team-created', data: { teamId, name: `Team ${teamId.slice(0, 4)}`, responsibleIds } }]);
    for (const memberId of memberIds) {
      await this.append(organisationStreams.teamMembership(memberId), [{ type: 'member-assigned-to-team', data: { memberId, teamId, from } }]);
      await this.until('membership', 'select 1 from pace_team_memberships where member_id = $1 and team_id = $2', [memberId, teamId]);
    }
    await this.until('the team', 'select 1 from pace_teams where team_id = $1', [teamId]);
    if (responsibleIds.length > 0) await this.until('responsibilities', 'select 1 from access_responsibilities where resource_id = $1', [teamId]);
    return teamId;
  }

  /** A finished entry, as time tracking records it. */
  async entry(memberId: string, startedAt: string, durationSeconds: number): Promise<string> {
    const entryId = randomUUID();
    const endedAt = new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString().replace('.000Z', 'Z');
    await this.append(`time-entry-${entryId}`, [
      {
        type: 'time-entry-logged',
        data: {
          entryId,
          memberId,
          source: 'manual',
          externalId: null,
          startedAt,
          endedAt,
          durationSeconds,
          recordedAt: startedAt,
          projectId: randomUUID(),
          taskId: null,
          description: 'work',
          tags: [],
          billable: true,
        },
      },
    ]);
    return entryId;
  }
}
