import type { QueryScope } from '@billing/access/application';
import type { SqlParameters } from './sql-parameters';

/**
 * What a caller may count, as a condition over report rows `e`: responsibles see the entries of their clients and
 * projects, of members in their teams on the entry's day, and their own; members their own entries.
 */
export function scopeCondition(
  scope: QueryScope,
  parameters: SqlParameters,
): string | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'own':
      return `e.member_id = ${parameters.add(scope.memberId, '::uuid')}`;
    case 'responsibilities': {
      const parts = [
        `e.client_id = any(${parameters.add([...scope.clientIds], '::uuid[]')})`,
        `e.project_id = any(${parameters.add([...scope.projectIds], '::uuid[]')})`,
        `e.team_id = any(${parameters.add([...scope.teamIds], '::uuid[]')})`,
      ];
      if (scope.ownMemberId !== undefined)
        parts.push(
          `e.member_id = ${parameters.add(scope.ownMemberId, '::uuid')}`,
        );
      return `(${parts.join(' or ')})`;
    }
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown query scope ${JSON.stringify(unknown)}`);
    }
  }
}
