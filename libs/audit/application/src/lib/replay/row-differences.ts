import type { ReplayDifference } from '@billing/audit/contracts';

export type Row = Record<string, unknown>;

/** `(row)` when one side has no row; otherwise every compared column whose JSON value differs. */
export function rowDifferences(table: string, keyColumns: readonly string[], columns: readonly string[], live: Row | null, replayed: Row | null): ReplayDifference[] {
  const source = live ?? replayed;
  if (source === null) return [];
  const key = Object.fromEntries(keyColumns.map((column) => [column, source[column] ?? null]));
  if (live === null || replayed === null) return [{ table, key, column: '(row)', live, replayed }];
  return columns
    .filter((column) => JSON.stringify(live[column] ?? null) !== JSON.stringify(replayed[column] ?? null))
    .map((column) => ({ table, key, column, live: live[column] ?? null, replayed: replayed[column] ?? null }));
}
