import type { QueryScope } from '@billing/access/application';

/**
 * The part of a list query's WHERE clause a scope imposes, over the given columns. A responsible sees rows whose
 * client, project or team they are responsible for; an `own` scope sees none of the organisation's set-up lists.
 */
export function scopeCondition(
  scope: QueryScope,
  columns: { clientId?: string; projectId?: string; teamId?: string },
): { sql: string; parameters: Record<string, unknown> } | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'own') return { sql: 'false', parameters: {} };
  const parts: string[] = [];
  if (columns.clientId) parts.push(`${columns.clientId} = any(:scopeClientIds)`);
  if (columns.projectId) parts.push(`${columns.projectId} = any(:scopeProjectIds)`);
  if (columns.teamId) parts.push(`${columns.teamId} = any(:scopeTeamIds)`);
  return {
    sql: parts.length === 0 ? 'false' : `(${parts.join(' or ')})`,
    parameters: {
      scopeClientIds: [...scope.clientIds],
      scopeProjectIds: [...scope.projectIds],
      scopeTeamIds: [...scope.teamIds],
    },
  };
}
