import type {
  ReportGroup,
  ReportGroupBy,
  ReportTotals,
} from '@billing/reporting/contracts';
import { REPORT_DIMENSIONS } from './report-dimensions';
import { totalsProfit } from './totals-profit';

/**
 * A leaf group as `totalsSql` sends it: `[k1, label1, ..., kn, labeln, tracked, billable, billed, amount, cost,
 * entries, currency, cost_currency]` for n grouping levels (without grouping, the one row of the whole selection).
 * A currency is the group's one currency, `MIXED_CURRENCIES` when it has several, or null when it has none.
 */
export type TotalsRow = ReadonlyArray<number | string | null>;

/** Stands for several currencies in a `totalsSql` row (never an ISO 4217 code). */
export const MIXED_CURRENCIES = '*';

const mergedCurrency = (
  current: string | null,
  added: string | null,
): string | null =>
  current === null ? added : added === null || added === current ? current : MIXED_CURRENCIES;

/** The rows of a `totalsSql` answer (one row whose `rows` is their JSON text). */
export function totalsRowsOf(
  answer: ReadonlyArray<{ rows: string }>,
): TotalsRow[] {
  const rows: unknown = JSON.parse(answer[0]?.rows ?? '[]');
  if (!Array.isArray(rows))
    throw new TypeError('report totals: expected a JSON array of rows');
  return rows as TotalsRow[];
}

/** JSON numbers past 2^53 parse rounded, and sums past it round; a rounded total must never pass for an exact one. */
function exact(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new RangeError(
      `report total ${String(value)} is not an integer in the safe range`,
    );
  return value;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;

/** Running sums of a group, and its currencies (`mergedCurrency`). */
class Sums {
  tracked = 0;
  billable = 0;
  billed = 0;
  amount = 0;
  cost = 0;
  entries = 0;
  currency: string | null = null;
  costCurrency: string | null = null;

  add(row: TotalsRow, at: number): void {
    this.tracked = exact(this.tracked + exact(row[at]));
    this.billable = exact(this.billable + exact(row[at + 1]));
    this.billed = exact(this.billed + exact(row[at + 2]));
    this.amount = exact(this.amount + exact(row[at + 3]));
    this.cost = exact(this.cost + exact(row[at + 4]));
    this.entries = exact(this.entries + exact(row[at + 5]));
    this.currency = mergedCurrency(this.currency, text(row[at + 6]));
    this.costCurrency = mergedCurrency(this.costCurrency, text(row[at + 7]));
  }

  totals(): ReportTotals {
    const one = (currency: string | null) =>
      currency === MIXED_CURRENCIES ? null : currency;
    const sums = {
      amount: this.amount,
      cost: this.cost,
      currency: one(this.currency),
      costCurrency: one(this.costCurrency),
    };
    return {
      trackedSeconds: this.tracked,
      billableSeconds: this.billable,
      billedSeconds: this.billed,
      amount: this.amount,
      cost: this.cost,
      profit: totalsProfit(sums, this.costCurrency !== null),
      entryCount: this.entries,
      currency: sums.currency,
      costCurrency: sums.costCurrency,
    };
  }
}

export const EMPTY_TOTALS: ReportTotals = new Sums().totals();

const LABELS = new Intl.Collator('en', { sensitivity: 'base' });
/** The order of `a.localeCompare(b)` (ECMA-402: the default collator), with the collator made once. */
const KEYS = new Intl.Collator();

/**
 * Calendar keys (YYYY-MM-DD, YYYY-Www, YYYY-MM) have one fixed layout per dimension, so code-unit order is the
 * collator's order, at a fraction of its cost (a member x day report sorts ten thousand of them).
 */
const compareCalendarKeys = (left: string, right: string): number =>
  left < right ? -1 : left > right ? 1 : 0;

function compareGroups(dimension: ReportGroupBy) {
  const byKey = REPORT_DIMENSIONS[dimension].sortByKey;
  return (left: ReportGroup, right: ReportGroup): number => {
    if (left.key === null || right.key === null)
      return left.key === right.key ? 0 : left.key === null ? 1 : -1;
    if (byKey) return compareCalendarKeys(left.key, right.key);
    const primary = LABELS.compare(left.label, right.label);
    return primary !== 0 ? primary : KEYS.compare(left.key, right.key);
  };
}

/** A group while the leaf rows are added up: its sums and its children by key (a null key is its own group). */
interface GroupUnderway {
  key: string | null;
  label: string;
  sums: Sums;
  children: Map<string | null, GroupUnderway>;
}

function finished(
  groups: Map<string | null, GroupUnderway>,
  groupBy: readonly ReportGroupBy[],
  level: number,
): ReportGroup[] {
  const dimension = groupBy[level];
  if (dimension === undefined || groups.size === 0) return [];
  return [...groups.values()]
    .map(
      (group): ReportGroup => ({
        dimension,
        key: group.key,
        label: group.label,
        totals: group.sums.totals(),
        children: finished(group.children, groupBy, level + 1),
      }),
    )
    .sort(compareGroups(dimension));
}

/** A report's grand total and its groups, every level nested in the one above. */
export interface TotalsTree {
  totals: ReportTotals;
  groups: ReportGroup[];
}

/**
 * Adds the leaf rows up into the grand total and a tree of groups, every level from the leaves, each level sorted
 * (names by label, calendar keys by key).
 */
export function buildTree(
  rows: readonly TotalsRow[],
  groupBy: readonly ReportGroupBy[],
): TotalsTree {
  const levels = groupBy.length;
  const at = 2 * levels;
  const total = new Sums();
  const top = new Map<string | null, GroupUnderway>();
  for (const row of rows) {
    total.add(row, at);
    let siblings = top;
    for (let level = 0; level < levels; level++) {
      const key = text(row[2 * level]);
      let group = siblings.get(key);
      if (group === undefined) {
        const dimension = groupBy[level] as ReportGroupBy;
        const label =
          text(row[2 * level + 1]) ??
          (key === null ? REPORT_DIMENSIONS[dimension].nullLabel : key);
        group = { key, label, sums: new Sums(), children: new Map() };
        siblings.set(key, group);
      }
      group.sums.add(row, at);
      siblings = group.children;
    }
  }
  return {
    totals: rows.length === 0 ? EMPTY_TOTALS : total.totals(),
    groups: levels === 0 ? [] : finished(top, groupBy, 0),
  };
}
