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

function compareGroups(dimension: ReportGroupBy) {
  const byKey = REPORT_DIMENSIONS[dimension].sortByKey;
  return (left: ReportGroup, right: ReportGroup): number => {
    if (left.key === null || right.key === null)
      return left.key === right.key ? 0 : left.key === null ? 1 : -1;
    const primary = byKey
      ? left.key.localeCompare(right.key)
      : LABELS.compare(left.label, right.label);
    return primary !== 0 ? primary : left.key.localeCompare(right.key);
  };
}

/** Turns rollup rows into the grand total and a tree of groups, each level sorted (names by label, calendar keys by key). */
export function buildTree(
  rows: readonly TotalsRow[],
  groupBy: readonly ReportGroupBy[],
): { totals: ReportTotals; groups: ReportGroup[] } {
  const levels = groupBy.length;
  let totals = EMPTY_TOTALS;
  const root: ReportGroup[] = [];
  const byPath = new Map<string, ReportGroup>();
  const sorted = [...rows].sort(
    (left, right) => depthOf(left.g, levels) - depthOf(right.g, levels),
  );
  for (const row of sorted) {
    const depth = depthOf(row.g, levels);
    if (depth === 0) {
      totals = totalsOf(row);
      continue;
    }
    const keys = Array.from(
      { length: depth },
      (_, index) => (row[`k${index + 1}`] as string | null) ?? null,
    );
    const dimension = groupBy[depth - 1] as ReportGroupBy;
    const key = keys[depth - 1] ?? null;
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
    byPath.set(JSON.stringify(keys), group);
    const parent =
      depth === 1
        ? undefined
        : byPath.get(JSON.stringify(keys.slice(0, depth - 1)));
    (parent?.children ?? root).push(group);
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
