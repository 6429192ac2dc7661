import { MAX_GROUP_LEVELS, ReportGroupBy, ReportPeriod, SavedReportPeriod, SavedReportView, SaveReportRequest, TimeReportFilters, TimeReportRequest } from '@billing/reporting/contracts';
import { isLocalDay, PeriodPreset, resolveRelativePeriod } from '../../../shared/report/report-period';

/** Everything the report screen lets a person choose; the request and a saved definition follow from it. */
export interface ReportDefinition {
  readonly preset: PeriodPreset;
  /** The custom range (used when `preset` is `custom`). */
  readonly from: string;
  readonly to: string;
  readonly clientIds: readonly string[];
  readonly projectIds: readonly string[];
  readonly taskIds: readonly string[];
  readonly memberIds: readonly string[];
  readonly teamIds: readonly string[];
  readonly tags: readonly string[];
  /** null: either. */
  readonly billable: boolean | null;
  readonly billed: boolean | null;
  readonly groupBy: readonly ReportGroupBy[];
}

export const DEFAULT_DEFINITION: ReportDefinition = {
  preset: 'this_month',
  from: '',
  to: '',
  clientIds: [],
  projectIds: [],
  taskIds: [],
  memberIds: [],
  teamIds: [],
  tags: [],
  billable: null,
  billed: null,
  groupBy: ['project'],
};

/** The days the definition covers seen from `today`; null for an incomplete or reversed custom range. */
export function periodOf(definition: ReportDefinition, today: string): ReportPeriod | null {
  if (definition.preset !== 'custom') {
    return resolveRelativePeriod(definition.preset, today);
  }
  const { from, to } = definition;
  return isLocalDay(from) && isLocalDay(to) && from <= to ? { from, to } : null;
}

/** Only the filters that narrow something. */
export function filtersOf(definition: ReportDefinition): TimeReportFilters {
  const filters: TimeReportFilters = {};
  const lists = ['clientIds', 'projectIds', 'taskIds', 'memberIds', 'teamIds', 'tags'] as const;
  for (const field of lists) {
    if (definition[field].length > 0) {
      filters[field] = [...definition[field]];
    }
  }
  if (definition.billable !== null) {
    filters.billable = definition.billable;
  }
  if (definition.billed !== null) {
    filters.billed = definition.billed;
  }
  return filters;
}

export function reportRequestOf(definition: ReportDefinition, today: string): TimeReportRequest | null {
  const period = periodOf(definition, today);
  return period ? { period, filters: filtersOf(definition), groupBy: [...definition.groupBy] } : null;
}

/**
 * What is saved: a relative period stays relative ("last month" moves with the calendar) unless `fixed` asks for
 * today's days; a custom range is saved as its days.
 */
export function saveRequestOf(definition: ReportDefinition, today: string, options: { name: string; shared: boolean; fixed: boolean }): SaveReportRequest {
  let period: SavedReportPeriod;
  if (definition.preset !== 'custom' && !options.fixed) {
    period = { kind: 'relative', relative: definition.preset };
  } else {
    const days = periodOf(definition, today) ?? { from: definition.from, to: definition.to };
    period = { kind: 'fixed', from: days.from, to: days.to };
  }
  return { name: options.name.trim(), period, filters: filtersOf(definition), groupBy: [...definition.groupBy], shared: options.shared };
}

/** A saved report back on the screen. */
export function definitionOfSaved(saved: Pick<SavedReportView, 'period' | 'filters' | 'groupBy'>): ReportDefinition {
  const period = saved.period;
  return {
    preset: period.kind === 'relative' ? period.relative : 'custom',
    from: period.kind === 'fixed' ? period.from : '',
    to: period.kind === 'fixed' ? period.to : '',
    clientIds: saved.filters.clientIds ?? [],
    projectIds: saved.filters.projectIds ?? [],
    taskIds: saved.filters.taskIds ?? [],
    memberIds: saved.filters.memberIds ?? [],
    teamIds: saved.filters.teamIds ?? [],
    tags: saved.filters.tags ?? [],
    billable: saved.filters.billable ?? null,
    billed: saved.filters.billed ?? null,
    groupBy: saved.groupBy.slice(0, MAX_GROUP_LEVELS),
  };
}

/**
 * Sets grouping level `index` (0-based); null removes it and the levels below. A dimension chosen again moves
 * from its old level, so no dimension appears twice.
 */
export function setGroupLevel(groupBy: readonly ReportGroupBy[], index: number, dimension: ReportGroupBy | null): ReportGroupBy[] {
  if (dimension === null) {
    return groupBy.slice(0, index);
  }
  const levels = groupBy.slice(0, MAX_GROUP_LEVELS);
  const next = [...levels.slice(0, index), dimension, ...levels.slice(index + 1)];
  return next.filter((level, position) => next.indexOf(level) === position).slice(0, MAX_GROUP_LEVELS);
}
