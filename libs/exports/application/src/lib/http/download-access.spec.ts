import { AccessPolicy, type PrincipalResolver } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ExportDefinition, ExportScope } from '@billing/exports/domain';
import type { ExportStreams } from '../job/export-streams';
import { DownloadAccess } from './download-access';

const REPORT: ExportDefinition = { kind: 'time-report', period: { from: '2026-03-01', to: '2026-03-31' } };
const AUDIT_LOG: ExportDefinition = { kind: 'audit-log' };

/** The requester as they are now (undefined: deactivated), and what their export was written with. */
function accessFor(now: Principal | undefined, definition: ExportDefinition, scope: ExportScope): DownloadAccess {
  const principals = { forMember: async (memberId: string) => (now?.memberId === memberId ? now : undefined) } as unknown as PrincipalResolver;
  const streams = {
    requestOf: async (exportId: string) => ({ exportId, format: 'csv' as const, definition, scope, requestedBy: 'm1' }),
  } as unknown as ExportStreams;
  return new DownloadAccess(principals, new AccessPolicy(), streams);
}

const principal = (roles: Principal['roles'], responsibilities = { clientIds: [] as string[], projectIds: [] as string[], teamIds: [] as string[] }): Principal => ({
  memberId: 'm1',
  roles,
  responsibilities,
});

describe('DownloadAccess (the requester is checked again when the signed link is used)', () => {
  it('allows an unchanged requester', async () => {
    await expect(accessFor(principal(['finance']), REPORT, { kind: 'all' }).refusal('x1', 'm1')).resolves.toBeUndefined();
    await expect(accessFor(principal(['member']), REPORT, { kind: 'own', memberId: 'm1' }).refusal('x1', 'm1')).resolves.toBeUndefined();
  });

  it('refuses a deactivated requester', async () => {
    await expect(accessFor(undefined, REPORT, { kind: 'all' }).refusal('x1', 'm1')).resolves.toMatchObject({ code: 'EXPORT_REQUESTER_INACTIVE' });
  });

  it('refuses when the permission is gone: no role left, or audit.read lost for an audit-log export', async () => {
    await expect(accessFor(principal([]), REPORT, { kind: 'own', memberId: 'm1' }).refusal('x1', 'm1')).resolves.toMatchObject({
      code: 'EXPORT_PERMISSION_REVOKED',
      message: expect.stringContaining('reports.export'),
    });
    await expect(accessFor(principal(['member']), AUDIT_LOG, { kind: 'all' }).refusal('x1', 'm1')).resolves.toMatchObject({
      code: 'EXPORT_PERMISSION_REVOKED',
      message: expect.stringContaining('audit.read'),
    });
    await expect(accessFor(principal(['auditor']), AUDIT_LOG, { kind: 'all' }).refusal('x1', 'm1')).resolves.toBeUndefined();
  });

  it('refuses when the scope shrank: finance became a member, or a responsible lost a project', async () => {
    await expect(accessFor(principal(['member']), REPORT, { kind: 'all' }).refusal('x1', 'm1')).resolves.toMatchObject({ code: 'EXPORT_SCOPE_NARROWED' });
    const written: ExportScope = { kind: 'responsibilities', clientIds: [], projectIds: ['p1', 'p2'], teamIds: [] };
    const now = principal(['responsible'], { clientIds: [], projectIds: ['p1'], teamIds: [] });
    await expect(accessFor(now, REPORT, written).refusal('x1', 'm1')).resolves.toMatchObject({ code: 'EXPORT_SCOPE_NARROWED' });
    const wider = principal(['responsible'], { clientIds: [], projectIds: ['p1', 'p2', 'p3'], teamIds: [] });
    await expect(accessFor(wider, REPORT, written).refusal('x1', 'm1')).resolves.toBeUndefined();
  });
});
