import { randomUUID } from 'node:crypto';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, MemberAccounts, mapForbiddenError } from '@billing/access/application';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { ORGANISATION_EVENT_SCHEMA_VERSIONS, organisationStreams, type MemberRole } from '@billing/organisation/domain';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import { asId } from '@billing/shared/kernel';
import { AuditApplicationModule } from '../lib/audit-application.module';
import { AUDIT_ENTITIES, AUDIT_MIGRATIONS, AUDIT_PROJECTIONS } from '../lib/audit-persistence';

export const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';

export type AuditTestApp = TestHost;

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'audit');
}

/** A host like the api's with access, organisation (members log in) and audit, every projection running. */
export function startAuditTestApp(databaseUrl: string): Promise<AuditTestApp> {
  return startTestHost({
    purpose: 'audit',
    databaseUrl,
    errorMappers: [mapForbiddenError],
    modules: [AccessModule, OrganisationApplicationModule, AuditApplicationModule],
    projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...AUDIT_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES, ...AUDIT_ENTITIES],
    migrations: [...ACCESS_MIGRATIONS, ...ORGANISATION_MIGRATIONS, ...AUDIT_MIGRATIONS],
  });
}

export async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  if (!(await awaitReadModel(check, 30_000))) throw new Error(`timed out waiting for ${what}`);
}

/** A member written as the organisation context's own event, with an account, logged in. */
export async function loggedInMember(testApp: AuditTestApp, name: string, roles: MemberRole[]): Promise<{ memberId: string; token: string }> {
  const memberId = randomUUID();
  const email = `${name.toLowerCase()}.${memberId.slice(0, 8)}@example.com`;
  const password = `${name}-password-123`;
  await testApp.eventStore.append(
    organisationStreams.member(memberId),
    [
      {
        id: randomUUID(),
        type: 'member-registered',
        schemaVersion: ORGANISATION_EVENT_SCHEMA_VERSIONS['member-registered'],
        data: { memberId: asId(memberId), name, email, roles },
        metadata: { actor: ADMIN_ACTOR, occurredAt: new Date().toISOString(), correlationId: randomUUID() },
      },
    ],
    'any',
  );
  await until(`member ${name}`, async () => ((await testApp.dataSource.query('select 1 from access_members where member_id = $1', [memberId])) as unknown[]).length > 0);
  await testApp.app.get(MemberAccounts).createForMember({ memberId, email, name, password });
  const response = await fetch(`${testApp.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (response.status !== 200 || body.accessToken === undefined) throw new Error(`login of ${name} failed: ${response.status}`);
  return { memberId, token: body.accessToken };
}
