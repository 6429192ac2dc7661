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
import type { BillingTestApp } from './billing-test-app';
import { request, type TestResponse } from '@billing/shared/testing';

const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';

export interface TestMember {
  memberId: string;
  token: string;
  email: string;
  password: string;
}

export interface ProjectOptions {
  clientId: string;
  memberIds: string[];
  currency?: string;
  billingModel?: Record<string, unknown>;
  timeRounding?: Record<string, unknown>;
  taskNames?: string[];
}

/**
 * The organisation's facts written as its own events (it owns them) and read back through its projections; time
 * entries written through time tracking's HTTP API; billing and rates driven over HTTP as finance would.
 */
export class BillingWorld {
  constructor(readonly api: BillingTestApp) {}

  url(path: string): string {
    return `${this.api.baseUrl}${path}`;
  }

  private async append(
    stream: string,
    events: OrganisationContextEvent[],
  ): Promise<void> {
    await this.api.eventStore.append(
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

  async until(what: string, sql: string, parameters: unknown[]): Promise<void> {
    const seen = await awaitReadModel(
      async () =>
        ((await this.api.dataSource.query(sql, parameters)) as unknown[])
          .length > 0,
      10_000,
    );
    if (!seen) throw new Error(`read model did not show ${what}`);
  }

  async setUp(timeZone = 'UTC', defaultCurrency = 'EUR'): Promise<void> {
    const organisationId = randomUUID();
    await this.append(organisationStreams.organisation(organisationId), [
      {
        type: 'organisation-set-up',
        data: {
          organisationId: asId(organisationId),
          name: 'Billing Test Org',
          timeZone: timeZone as never,
          defaultCurrency: defaultCurrency as never,
          invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
          defaultTimeRounding: { mode: 'none' },
          submissionDeadlineRule: {
            kind: 'nth-working-day-of-next-month',
            n: 3,
          },
        },
      },
    ]);
    await this.until(
      'the organisation',
      'select 1 from org_settings where organisation_id = $1',
      [organisationId],
    );
  }

  async member(name: string, roles: MemberRole[]): Promise<TestMember> {
    const memberId = randomUUID();
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${memberId.slice(0, 8)}@example.com`;
    const password = `${name}-password-123`;
    await this.append(organisationStreams.member(memberId), [
      {
        type: 'member-registered',
        data: { memberId: asId(memberId), name, email, roles },
      },
    ]);
    await this.until(
      `member ${name}`,
      'select 1 from access_members where member_id = $1',
      [memberId],
    );
    await this.api.app
      .get(MemberAccounts)
      .createForMember({ memberId, email, name, password });
    return this.login({ memberId, token: '', email, password });
  }

  async login(member: TestMember): Promise<TestMember> {
    const login = await request('POST', this.url('/auth/login'), {
      body: { email: member.email, password: member.password },
    });
    if (login.status !== 200)
      throw new Error(
        `login of ${member.email} failed: ${login.status} ${JSON.stringify(login.body)}`,
      );
    return { ...member, token: login.body.accessToken };
  }

  async client(
    options: {
      currency?: string;
      taxRateBasisPoints?: number;
      name?: string;
    } = {},
  ): Promise<string> {
    const clientId = randomUUID();
    await this.append(organisationStreams.client(clientId), [
      {
        type: 'client-created',
        data: {
          clientId: asId(clientId),
          currency: (options.currency ?? 'EUR') as never,
          name: options.name ?? `Client ${clientId.slice(0, 4)}`,
          taxRateBasisPoints: options.taxRateBasisPoints ?? 1900,
          responsibleIds: [],
        },
      },
    ]);
    await this.until('the client', 'select 1 from org_clients where id = $1', [
      clientId,
    ]);
    return clientId;
  }

  async project(
    options: ProjectOptions,
  ): Promise<{ projectId: string; taskIds: string[] }> {
    const projectId = randomUUID();
    const taskIds = (options.taskNames ?? []).map(() => randomUUID());
    await this.append(organisationStreams.project(projectId), [
      {
        type: 'project-created',
        data: {
          projectId: asId(projectId),
          clientId: asId(options.clientId),
          currency: (options.currency ?? 'EUR') as never,
          billingModel: (options.billingModel ?? {
            kind: 'hourly',
            invoiceLinesPer: 'member',
          }) as never,
          responsibleIds: [],
          memberIds: options.memberIds.map((id) => asId(id)),
          name: `Project ${projectId.slice(0, 4)}`,
          estimate: {},
          budgetAlertThresholdPercent: null,
          defaultBillable: true,
          requiredFields: { task: false, description: false },
          timeRounding: (options.timeRounding ?? { mode: 'none' }) as never,
        },
      },
      ...(options.taskNames ?? []).map(
        (name, index): OrganisationContextEvent => ({
          type: 'task-added',
          data: {
            projectId: asId(projectId),
            taskId: asId(taskIds[index] as string),
            name,
            estimateSeconds: null,
            billable: true,
          },
        }),
      ),
    ]);
    await this.until(
      'the project',
      'select 1 from org_projects where id = $1',
      [projectId],
    );
    for (const taskId of taskIds)
      await this.until('the task', 'select 1 from org_tasks where id = $1', [
        taskId,
      ]);
    return { projectId, taskIds };
  }

  /** Logs a finished entry as the member; returns its id. */
  async entry(
    member: TestMember,
    body: {
      projectId: string;
      startedAt: string;
      durationSeconds: number;
      taskId?: string;
      billable?: boolean;
    },
  ): Promise<string> {
    const response = await request('POST', this.url('/time-entries'), {
      token: member.token,
      body: { description: 'work', ...body },
    });
    if (response.status !== 201)
      throw new Error(
        `entry refused: ${response.status} ${JSON.stringify(response.body)}`,
      );
    return response.body.id;
  }

  async call(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    member: TestMember,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    return request(method, this.url(path), {
      token: member.token,
      ...(body === undefined ? {} : { body }),
      headers,
    });
  }

  async billingOf(entryIds: readonly string[]): Promise<Map<string, unknown>> {
    const rows: { entry_id: string; billing: unknown }[] =
      await this.api.dataSource.query(
        'select entry_id, billing from tt_time_entries where entry_id = any($1::uuid[])',
        [entryIds],
      );
    return new Map(rows.map((row) => [row.entry_id, row.billing]));
  }
}
