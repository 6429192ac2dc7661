import type {
  ReportGroup,
  ReportGroupBy,
  ReportTotals,
} from '@billing/reporting/contracts';
import { REPORT_DIMENSIONS } from './report-dimensions';

/** A row of `totalsSql`: numbers arrive as text (bigint). */
export interface TotalsRow {
  g: number;
  tracked: string;
  billable: string;
  billed: string;
  amount: string;
  cost: string;
  entries: string;
  currency_min: string | null;
  currency_max: string | null;
  [keyOrLabel: string]: unknown;
}

const integer = (value: string): number => {
  const number = Number(value);
  if (!Number.isSafeInteger(number))
    throw new RangeError(
      `report total ${value} is outside the safe integer range`,
    );
  return number;
};

export function totalsOf(row: TotalsRow): ReportTotals {
  const amount = integer(row.amount);
  const cost = integer(row.cost);
  return {
    trackedSeconds: integer(row.tracked),
    billableSeconds: integer(row.billable),
    billedSeconds: integer(row.billed),
    amount,
    cost,
    profit: amount - cost,
    entryCount: integer(row.entries),
    currency:
      row.currency_min !== null && row.currency_min === row.currency_max
        ? row.currency_min
        : null,
  };
}

export const EMPTY_TOTALS: ReportTotals = {
  trackedSeconds: 0,
  billableSeconds: 0,
  billedSeconds: 0,
  amount: 0,
  cost: 0,
  profit: 0,
  entryCount: 0,
  currency: null,
};

/** How many leading levels a rollup row is grouped by: grouping bits are set for the rolled-up (trailing) levels. */
function depthOf(g: number, levels: number): number {
  let depth = levels;
  for (let bit = 0; bit < levels && (g & (1 << bit)) !== 0; bit++) depth--;
  return depth;
}

const LABELS = new Intl.Collator('en', { sensitivity: 'base' });
/** The order of `a.localeCompare(b)` (ECMA-402: the default collator), with the collator made once. */
const KEYS = new Intl.Collator();

function compareGroups(dimension: ReportGroupBy) {
  const byKey = REPORT_DIMENSIONS[dimension].sortByKey;
  return (left: ReportGroup, right: ReportGroup): number => {
    if (left.key === null || right.key === null)
      return left.key === right.key ? 0 : left.key === null ? 1 : -1;
    const primary = byKey
      ? KEYS.compare(left.key, right.key)
      : LABELS.compare(left.label, right.label);
    return primary !== 0 ? primary : KEYS.compare(left.key, right.key);
  };
}

/** A group's place in the tree: its keys from the first level down (a null key is not a text key). */
const pathOf = (parent: string, key: string | null): string =>
  `${parent}\u0000${key === null ? '\u0001' : `k${key}`}`;

/**
 * Turns rollup rows into the grand total and a tree of groups, each level sorted (names by label, calendar keys by key).
 * Rows are taken level by level, so every parent exists before its children.
 */
export function buildTree(
  rows: readonly TotalsRow[],
  groupBy: readonly ReportGroupBy[],
): { totals: ReportTotals; groups: ReportGroup[] } {
  const levels = groupBy.length;
  let totals = EMPTY_TOTALS;
  const root: ReportGroup[] = [];
  const byDepth: TotalsRow[][] = Array.from({ length: levels + 1 }, () => []);
  for (const row of rows) byDepth[depthOf(row.g, levels)]?.push(row);
  const byPath = new Map<string, ReportGroup>();
  for (const row of byDepth[0] ?? []) totals = totalsOf(row);
  for (let depth = 1; depth <= levels; depth++) {
    const dimension = groupBy[depth - 1] as ReportGroupBy;
    for (const row of byDepth[depth] ?? []) {
      let parentPath = '';
      for (let level = 1; level < depth; level++)
        parentPath = pathOf(
          parentPath,
          (row[`k${level}`] as string | null) ?? null,
        );
      const key = (row[`k${depth}`] as string | null) ?? null;
      const label =
        (row[`label${depth}`] as string | null) ??
        (key === null ? REPORT_DIMENSIONS[dimension].nullLabel : key);
      const group: ReportGroup = {
        dimension,
        key,
        label,
        totals: totalsOf(row),
        children: [],
      };
      if (depth < levels) byPath.set(pathOf(parentPath, key), group);
      const parent = depth === 1 ? undefined : byPath.get(parentPath);
      (parent?.children ?? root).push(group);
    }
  }
  const sortLevel = (groups: ReportGroup[], level: number): void => {
    const dimension = groupBy[level];
    if (dimension === undefined) return;
    groups.sort(compareGroups(dimension));
    for (const group of groups) sortLevel(group.children, level + 1);
  };
  sortLevel(root, 0);
  return { totals, groups: root };
}
