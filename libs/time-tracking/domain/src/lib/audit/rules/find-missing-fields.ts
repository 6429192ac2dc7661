import { AuditFinding, AuditSettings, AuditedEntry } from '../audit.types';

/** Task or description missing where the entry's project requires them (now, not when the entry was written). */
export function findMissingFields(entry: AuditedEntry, settings: AuditSettings): AuditFinding[] {
  const required = settings.requiredFieldsOf(entry.projectId);
  if (required === undefined) return [];
  const findings: AuditFinding[] = [];
  if (required.task && entry.taskId === null) {
    findings.push({ rule: 'missing-task', entryId: entry.entryId, projectId: entry.projectId });
  }
  if (required.description && entry.description.trim() === '') {
    findings.push({ rule: 'missing-description', entryId: entry.entryId, projectId: entry.projectId });
  }
  return findings;
}
