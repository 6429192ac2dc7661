import { Injectable } from '@nestjs/common';
import { AccessPolicy, PrincipalResolver } from '@billing/access/application';
import type { Permission } from '@billing/access/domain';
import { scopeCovers } from '@billing/exports/domain';
import { ExportStreams } from '../job/export-streams';

/** Why a valid, unexpired link is still refused (403): the requester's access changed since they asked. */
export interface DownloadRefusal {
  code: 'EXPORT_REQUESTER_INACTIVE' | 'EXPORT_PERMISSION_REVOKED' | 'EXPORT_SCOPE_NARROWED';
  message: string;
}

/**
 * A signed link only proves who asked and until when: at download time the requester (the export's owner, the only
 * one a link is ever signed for) must still be active, still hold the permissions the export needed, and still see
 * every row the file was written with.
 */
@Injectable()
export class DownloadAccess {
  constructor(
    private readonly principals: PrincipalResolver,
    private readonly policy: AccessPolicy,
    private readonly streams: ExportStreams,
  ) {}

  async refusal(exportId: string, requestedBy: string): Promise<DownloadRefusal | undefined> {
    const principal = await this.principals.forMember(requestedBy);
    if (principal === undefined) {
      return { code: 'EXPORT_REQUESTER_INACTIVE', message: 'The member who requested this export is no longer active' };
    }
    const requested = await this.streams.requestOf(exportId);
    if (requested === undefined) throw new Error(`export ${exportId} has no request`);
    const needed: Permission[] = requested.definition.kind === 'audit-log' ? ['reports.export', 'audit.read'] : ['reports.export'];
    const missing = needed.find((permission) => !this.policy.allows(principal, permission));
    if (missing !== undefined) {
      return { code: 'EXPORT_PERMISSION_REVOKED', message: `The requester no longer holds the ${missing} permission this export needs` };
    }
    // The audit log is all or nothing (audit.read, checked above); a report is read within a scope.
    if (requested.definition.kind === 'time-report' && !scopeCovers(this.policy.queryScope(principal, 'reports.export'), requested.scope)) {
      return { code: 'EXPORT_SCOPE_NARROWED', message: "The requester's reporting scope no longer covers every row of this export" };
    }
    return undefined;
  }
}
