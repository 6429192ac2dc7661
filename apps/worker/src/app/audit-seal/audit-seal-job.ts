/** The one job the `audit` queue carries: record the chain heads as a signed seal. */
export const AUDIT_SEAL_JOB = 'audit-seal';
export const AUDIT_SEAL_SCHEDULER_ID = 'audit-seal-every-interval';

export interface AuditSealJob {
  kind: 'audit-seal';
}
