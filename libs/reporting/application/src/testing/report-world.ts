import { randomUUID } from 'node:crypto';
import type { EventStore } from '@billing/event-store';
import {
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
  organisationStreams,
  type MemberRole,
  type TeamMembershipChange,
  teamOfMemberOn,
  withMembershipChange,
} from '@billing/organisation/domain';
import type {
  ReportGroup,
  ReportGroupBy,
  ReportPeriod,
  ReportTotals,
  TimeReportFilters,
} from '@billing/reporting/contracts';
import {
  isoWeekOf,
  type LocalDate,
  localDateOf,
  roundSignedDuration,
  type TimeRounding,
  type TimeZone,
} from '@billing/shared/kernel';
import {
  emptyRateBook,
  evolveRateBook,
  type RateBook,
  type RateBookEvent,
  rateBookStreamId,
  rateOnDate,
  type RateScope,
  rateScopeKey,
  RATES_EVENT_SCHEMA_VERSIONS,
  valueEntry,
} from '@billing/rates/domain';
import {
  timeEntryStreamId,
  type BillingMark,
  type EntryChanges,
} from '@billing/time-tracking/domain';

/** An event as a decider produces it, with the stream it goes to. */
export interface WorldEvent {
  stream: string;
  type: string;
  data: Record<string, unknown>;
}

interface EntryFacts {
  entryId: string;
  memberId: string;
  projectId: string;
  taskId: string | null;
  description: string;
  tags: string[];
  billable: boolean;
  startedAt: string;
  endedAt: string | null;
  deleted: boolean;
  billing: BillingMark | null;
  /** Billable seconds fixed when billed (the rounding at billing time). */
  billedSeconds: number | null;
  /** Amount and cost fixed when billed (the rates valid when it was billed). */
  billedValue: EntryValue | null;
  revision: number;
}

/** An entry's money: amount in the client's currency, cost in the cost rate's (null: not costed). */
interface EntryValue {
  amount: number;
  cost: number;
  costCurrency: string | null;
}

const ACTOR = '00000000-0000-4000-8000-00000000a0a0';
const instantOf = (epochSeconds: number) =>
  new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
const seconds = (instant: string) => Date.parse(instant) / 1000;

/**
 * A small organisation and its time entries, written as the deciders' events, with an independent reference for
 * report totals: it computes each entry's day, week, month, team and billable seconds with the kernel and organisation
 * domain helpers (not with SQL) and groups in plain TypeScript.
 */
export class ReportWorld {
  readonly events: WorldEvent[] = [];
  zone: TimeZone = 'UTC' as TimeZone;
  readonly members = new Map<string, { name: string }>();
  readonly teams = new Map<string, { name: string }>();
  readonly memberships = new Map<string, TeamMembershipChange[]>();
  readonly clients = new Map<string, { name: string; currency: string }>();
  readonly projects = new Map<
    string,
    { clientId: string; name: string; rounding: TimeRounding }
  >();
  readonly tasks = new Map<string, { projectId: string; name: string }>();
  readonly entries = new Map<string, EntryFacts>();
  /** The rate book as the rates domain folds it from the rate events emitted so far. */
  rateBook: RateBook = emptyRateBook;

  constructor(readonly organisationId: string = randomUUID()) {}

  private emit(
    stream: string,
    type: string,
    data: Record<string, unknown>,
  ): void {
    this.events.push({ stream, type, data });
  }

  setUpOrganisation(zone: string): void {
    this.zone = zone as TimeZone;
    this.emit(
      organisationStreams.organisation(this.organisationId),
      'organisation-set-up',
      {
        organisationId: this.organisationId,
        name: 'Test Org',
        timeZone: zone,
        defaultCurrency: 'EUR',
        invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
        defaultTimeRounding: { mode: 'none' },
        submissionDeadlineRule: { kind: 'nth-working-day-of-next-month', n: 3 },
      },
    );
  }

  changeZone(zone: string): void {
    this.zone = zone as TimeZone;
    this.emit(
      organisationStreams.organisation(this.organisationId),
      'organisation-settings-changed',
      {
        organisationId: this.organisationId,
        changes: { timeZone: zone },
      },
    );
  }

  member(
    name: string,
    roles: MemberRole[] = ['member'],
    memberId: string = randomUUID(),
  ): string {
    this.members.set(memberId, { name });
    this.emit(organisationStreams.member(memberId), 'member-registered', {
      memberId,
      name,
      email: `${memberId}@example.com`,
      roles,
    });
    return memberId;
  }

  renameMember(memberId: string, name: string): void {
    this.members.set(memberId, { name });
    this.emit(organisationStreams.member(memberId), 'member-details-changed', {
      memberId,
      name,
    });
  }

  team(name: string, responsibleIds: string[] = []): string {
    const teamId = randomUUID();
    this.teams.set(teamId, { name });
    this.emit(organisationStreams.team(teamId), 'team-created', {
      teamId,
      name,
      responsibleIds,
    });
    return teamId;
  }

  assign(memberId: string, teamId: string | null, from: string): void {
    this.memberships.set(
      memberId,
      withMembershipChange(this.memberships.get(memberId) ?? [], {
        from: from as LocalDate,
        teamId: teamId as never,
      }),
    );
    this.emit(
      organisationStreams.teamMembership(memberId),
      teamId === null
        ? 'member-unassigned-from-team'
        : 'member-assigned-to-team',
      teamId === null ? { memberId, from } : { memberId, teamId, from },
    );
  }

  client(
    name: string,
    currency = 'EUR',
    responsibleIds: string[] = [],
  ): string {
    const clientId = randomUUID();
    this.clients.set(clientId, { name, currency });
    this.emit(organisationStreams.client(clientId), 'client-created', {
      clientId,
      currency,
      name,
      taxRateBasisPoints: 1900,
      responsibleIds,
    });
    return clientId;
  }

  renameClient(clientId: string, name: string): void {
    const client = this.clients.get(clientId);
    if (client) client.name = name;
    this.emit(organisationStreams.client(clientId), 'client-details-changed', {
      clientId,
      name,
    });
  }

  project(
    clientId: string,
    name: string,
    rounding: TimeRounding = { mode: 'none' },
    responsibleIds: string[] = [],
  ): string {
    const projectId = randomUUID();
    const currency = this.clients.get(clientId)?.currency ?? 'EUR';
    this.projects.set(projectId, { clientId, name, rounding });
    this.emit(organisationStreams.project(projectId), 'project-created', {
      projectId,
      clientId,
      currency,
      billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
      responsibleIds,
      memberIds: [],
      name,
      estimate: {},
      budgetAlertThresholdPercent: null,
      defaultBillable: true,
      requiredFields: { task: false, description: false },
      timeRounding: rounding,
    });
    return projectId;
  }

  changeProject(
    projectId: string,
    changes: { name?: string; timeRounding?: TimeRounding },
  ): void {
    const project = this.projects.get(projectId);
    if (project && changes.name !== undefined) project.name = changes.name;
    if (project && changes.timeRounding !== undefined)
      project.rounding = changes.timeRounding;
    this.emit(
      organisationStreams.project(projectId),
      'project-details-changed',
      { projectId, ...changes },
    );
  }

  task(projectId: string, name: string): string {
    const taskId = randomUUID();
    this.tasks.set(taskId, { projectId, name });
    this.emit(organisationStreams.project(projectId), 'task-added', {
      projectId,
      taskId,
      name,
      estimateSeconds: null,
      billable: true,
    });
    return taskId;
  }

  renameTask(taskId: string, name: string): void {
    const task = this.tasks.get(taskId);
    if (!task) return;
    task.name = name;
    this.emit(organisationStreams.project(task.projectId), 'task-changed', {
      projectId: task.projectId,
      taskId,
      name,
    });
  }

  private entryEvent(
    entry: EntryFacts,
    type: string,
    data: Record<string, unknown>,
  ): void {
    entry.revision += 1;
    this.emit(timeEntryStreamId(entry.entryId as never), type, {
      entryId: entry.entryId,
      ...data,
    });
  }

  /**
   * An adjusting entry of `adjustsEntryId`: `durationSeconds` (signed) posted on `day`, which starts at `dayStart` in
   * the organisation zone; project, task, billable and texts copied from the adjusted entry.
   */
  adjust(adjustsEntryId: string, day: string, dayStart: number, durationSeconds: number, reason = 'correction'): string {
    const adjusted = this.entries.get(adjustsEntryId);
    if (adjusted === undefined) throw new Error(`no entry ${adjustsEntryId}`);
    const entryId = randomUUID();
    const entry: EntryFacts = {
      ...adjusted,
      entryId,
      startedAt: instantOf(dayStart),
      endedAt: instantOf(dayStart + durationSeconds),
      deleted: false,
      billing: null,
      billedSeconds: null,
      billedValue: null,
      revision: -1,
    };
    this.entries.set(entryId, entry);
    this.entryEvent(entry, 'time-entry-adjustment-posted', {
      adjustsEntryId,
      memberId: entry.memberId,
      projectId: entry.projectId,
      taskId: entry.taskId,
      description: entry.description,
      tags: entry.tags,
      billable: entry.billable,
      day,
      startedAt: entry.startedAt,
      durationSeconds,
      reason,
      recordedAt: entry.startedAt,
    });
    return entryId;
  }

  /** A finished entry (`durationSeconds` long), or a running timer when `durationSeconds` is null. */
  log(options: {
    memberId: string;
    projectId: string;
    taskId?: string | null;
    billable?: boolean;
    tags?: string[];
    description?: string;
    start: number;
    durationSeconds: number | null;
  }): string {
    const entryId = randomUUID();
    const entry: EntryFacts = {
      entryId,
      memberId: options.memberId,
      projectId: options.projectId,
      taskId: options.taskId ?? null,
      description: options.description ?? '',
      tags: options.tags ?? [],
      billable: options.billable ?? true,
      startedAt: instantOf(options.start),
      endedAt:
        options.durationSeconds === null
          ? null
          : instantOf(options.start + options.durationSeconds),
      deleted: false,
      billing: null,
      billedSeconds: null,
      billedValue: null,
      revision: -1,
    };
    this.entries.set(entryId, entry);
    const details = {
      projectId: entry.projectId,
      taskId: entry.taskId,
      description: entry.description,
      tags: entry.tags,
      billable: entry.billable,
    };
    if (entry.endedAt === null) {
      this.entryEvent(entry, 'time-entry-started', {
        memberId: entry.memberId,
        source: 'timer',
        startedAt: entry.startedAt,
        recordedAt: entry.startedAt,
        ...details,
      });
    } else {
      this.entryEvent(entry, 'time-entry-logged', {
        memberId: entry.memberId,
        source: 'manual',
        externalId: null,
        startedAt: entry.startedAt,
        endedAt: entry.endedAt,
        durationSeconds: options.durationSeconds,
        recordedAt: entry.endedAt,
        ...details,
      });
    }
    return entryId;
  }

  stop(entryId: string, durationSeconds: number): void {
    const entry = this.entries.get(entryId);
    if (!entry || entry.endedAt !== null || entry.deleted) return;
    entry.endedAt = instantOf(seconds(entry.startedAt) + durationSeconds);
    this.entryEvent(entry, 'time-entry-stopped', {
      endedAt: entry.endedAt,
      durationSeconds,
    });
  }

  /** Applies the edit only where the domain would allow it (not billed, not deleted). */
  edit(
    entryId: string,
    after: Partial<
      Pick<
        EntryFacts,
        'projectId' | 'taskId' | 'billable' | 'tags' | 'description'
      >
    > & { start?: number; durationSeconds?: number },
  ): void {
    const entry = this.entries.get(entryId);
    if (
      !entry ||
      entry.deleted ||
      entry.billing !== null ||
      entry.endedAt === null
    )
      return;
    const changes: EntryChanges = {};
    const change = <
      K extends 'projectId' | 'taskId' | 'billable' | 'tags' | 'description',
    >(
      field: K,
    ) => {
      const value = after[field];
      if (
        value !== undefined &&
        JSON.stringify(value) !== JSON.stringify(entry[field])
      ) {
        (changes as Record<string, unknown>)[field] = {
          before: entry[field],
          after: value,
        };
        (entry as unknown as Record<string, unknown>)[field] = value;
      }
    };
    change('projectId');
    change('taskId');
    change('billable');
    change('tags');
    change('description');
    if (after.start !== undefined) {
      const duration =
        after.durationSeconds ??
        seconds(entry.endedAt) - seconds(entry.startedAt);
      const startedAt = instantOf(after.start);
      const endedAt = instantOf(after.start + duration);
      if (startedAt !== entry.startedAt)
        changes.startedAt = {
          before: entry.startedAt,
          after: startedAt,
        } as never;
      if (endedAt !== entry.endedAt)
        changes.endedAt = { before: entry.endedAt, after: endedAt } as never;
      entry.startedAt = startedAt;
      entry.endedAt = endedAt;
    }
    if (Object.keys(changes).length === 0) return;
    this.entryEvent(entry, 'time-entry-edited', { changes, reason: null });
  }

  remove(entryId: string): void {
    const entry = this.entries.get(entryId);
    if (!entry || entry.deleted || entry.billing !== null) return;
    entry.deleted = true;
    this.entryEvent(entry, 'time-entry-deleted', { reason: 'test' });
  }

  restore(entryId: string): void {
    const entry = this.entries.get(entryId);
    if (!entry || !entry.deleted) return;
    entry.deleted = false;
    this.entryEvent(entry, 'time-entry-restored', { reason: 'test' });
  }

  bill(entryId: string, mark: BillingMark): void {
    const entry = this.entries.get(entryId);
    if (
      !entry ||
      entry.deleted ||
      entry.billing !== null ||
      entry.endedAt === null
    )
      return;
    entry.billing = mark;
    entry.billedSeconds = this.currentBillableSeconds(entry);
    entry.billedValue = this.currentValue(entry);
    this.entryEvent(entry, 'time-entry-billed', { billing: mark });
  }

  unbill(entryId: string): void {
    const entry = this.entries.get(entryId);
    if (!entry || entry.billing === null) return;
    const billing = entry.billing;
    entry.billing = null;
    entry.billedSeconds = null;
    entry.billedValue = null;
    this.entryEvent(entry, 'time-entry-unbilled', { billing, reason: null });
  }

  private rateEvent(event: RateBookEvent): void {
    this.rateBook = evolveRateBook(this.rateBook, event);
    this.emit(
      rateBookStreamId(this.organisationId as never),
      event.type,
      event.data as unknown as Record<string, unknown>,
    );
  }

  /** A billable rate of `scope` from `effectiveFrom` (replacing one of the same date, as the rates decider does). */
  setRate(
    scope: RateScope,
    effectiveFrom: string,
    amountMinor: number,
    currency = 'EUR',
  ): void {
    const replaced = rateOnDate(
      this.rateBook.billable[rateScopeKey(scope)],
      effectiveFrom as LocalDate,
    );
    this.rateEvent({
      type: 'billable-rate-set',
      data: {
        organisationId: this.organisationId as never,
        scope,
        effectiveFrom: effectiveFrom as LocalDate,
        ratePerHour: { amountMinor, currency: currency as never },
        replacedRate: replaced?.ratePerHour ?? null,
        reason: null,
      },
    });
  }

  removeRate(scope: RateScope, effectiveFrom: string): void {
    const removed = rateOnDate(
      this.rateBook.billable[rateScopeKey(scope)],
      effectiveFrom as LocalDate,
    );
    if (removed === undefined) return;
    this.rateEvent({
      type: 'billable-rate-removed',
      data: {
        organisationId: this.organisationId as never,
        scope,
        effectiveFrom: effectiveFrom as LocalDate,
        removedRate: removed.ratePerHour,
        reason: null,
      },
    });
  }

  setCostRate(
    memberId: string,
    effectiveFrom: string,
    amountMinor: number,
    currency = 'EUR',
  ): void {
    const replaced = rateOnDate(
      this.rateBook.cost[memberId],
      effectiveFrom as LocalDate,
    );
    this.rateEvent({
      type: 'cost-rate-set',
      data: {
        organisationId: this.organisationId as never,
        memberId: memberId as never,
        effectiveFrom: effectiveFrom as LocalDate,
        ratePerHour: { amountMinor, currency: currency as never },
        replacedRate: replaced?.ratePerHour ?? null,
        reason: null,
      },
    });
  }

  /** The entry's value now, by the rates domain's valueEntry (the independent side of the amount checks). */
  private currentValue(entry: EntryFacts): EntryValue {
    const project = this.projects.get(entry.projectId);
    const client = project ? this.clients.get(project.clientId) : undefined;
    if (!project || !client || entry.endedAt === null)
      return { amount: 0, cost: 0, costCurrency: null };
    const valuation = valueEntry(
      this.rateBook,
      {
        memberId: entry.memberId as never,
        projectId: entry.projectId as never,
        taskId: entry.taskId as never,
        clientId: project.clientId as never,
        day: localDateOf(new Date(entry.startedAt), this.zone),
        currency: client.currency as never,
        durationSeconds: seconds(entry.endedAt) - seconds(entry.startedAt),
        billable: entry.billable,
      },
      project.rounding,
    );
    return {
      amount: valuation.amount.amountMinor,
      cost: valuation.cost?.amountMinor ?? 0,
      costCurrency: valuation.cost?.currency ?? null,
    };
  }

  private currentBillableSeconds(entry: EntryFacts): number {
    if (!entry.billable || entry.endedAt === null) return 0;
    const tracked = seconds(entry.endedAt) - seconds(entry.startedAt);
    return roundSignedDuration(
      tracked,
      this.projects.get(entry.projectId)?.rounding ?? { mode: 'none' },
    );
  }

  /** Appends every event not appended yet, in order (runs of one stream in one append). */
  async appendTo(store: EventStore, from = 0): Promise<number> {
    let index = from;
    while (index < this.events.length) {
      const stream = this.events[index]?.stream ?? '';
      const run: WorldEvent[] = [];
      while (
        index < this.events.length &&
        this.events[index]?.stream === stream
      )
        run.push(this.events[index++] as WorldEvent);
      await store.append(
        stream,
        run.map((event) => ({
          id: randomUUID(),
          type: event.type,
          schemaVersion:
            (
              {
                ...ORGANISATION_EVENT_SCHEMA_VERSIONS,
                ...RATES_EVENT_SCHEMA_VERSIONS,
              } as Record<string, number>
            )[event.type] ?? 1,
          data: event.data,
          metadata: {
            actor: ACTOR,
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
          },
        })),
        'any',
      );
    }
    return index;
  }

  /** Report rows as the reference sees them: live entries with every derived field computed here. */
  referenceRows(): ReferenceRow[] {
    const rows: ReferenceRow[] = [];
    for (const entry of this.entries.values()) {
      if (entry.deleted || entry.endedAt === null) continue;
      const project = this.projects.get(entry.projectId);
      const day = localDateOf(new Date(entry.startedAt), this.zone);
      const tracked = seconds(entry.endedAt) - seconds(entry.startedAt);
      const billable =
        entry.billing !== null
          ? (entry.billedSeconds ?? 0)
          : this.currentBillableSeconds(entry);
      const value =
        entry.billing !== null && entry.billedValue !== null
          ? entry.billedValue
          : this.currentValue(entry);
      rows.push({
        entryId: entry.entryId,
        keys: {
          client: project?.clientId ?? null,
          project: entry.projectId,
          task: entry.taskId,
          member: entry.memberId,
          team:
            teamOfMemberOn(this.memberships.get(entry.memberId) ?? [], day) ??
            null,
          day,
          week: isoWeekOf(day).key,
          month: day.slice(0, 7),
        },
        tags: entry.tags,
        billable: entry.billable,
        billed: entry.billing !== null,
        trackedSeconds: tracked,
        billableSeconds: billable,
        amount: value.amount,
        cost: value.cost,
        costCurrency: value.costCurrency,
        currency: project
          ? (this.clients.get(project.clientId)?.currency ?? null)
          : null,
      });
    }
    return rows;
  }

  labelOf(dimension: ReportGroupBy, key: string | null): string | undefined {
    if (key === null) return undefined;
    switch (dimension) {
      case 'client':
        return this.clients.get(key)?.name;
      case 'project':
        return this.projects.get(key)?.name;
      case 'task':
        return this.tasks.get(key)?.name;
      case 'member':
        return this.members.get(key)?.name;
      case 'team':
        return this.teams.get(key)?.name;
      default:
        return key;
    }
  }
}

export interface ReferenceRow {
  entryId: string;
  keys: Record<ReportGroupBy, string | null>;
  tags: string[];
  billable: boolean;
  billed: boolean;
  trackedSeconds: number;
  billableSeconds: number;
  amount: number;
  cost: number;
  currency: string | null;
  costCurrency: string | null;
}

/** Reference filtering: the same rules as the contract describes, written independently. */
export function referenceSelect(
  rows: readonly ReferenceRow[],
  period: ReportPeriod,
  filters: TimeReportFilters,
): ReferenceRow[] {
  const within = (ids: string[] | undefined, value: string | null) =>
    ids === undefined ||
    ids.length === 0 ||
    (value !== null && ids.includes(value));
  return rows.filter(
    (row) =>
      (row.keys.day as string) >= period.from &&
      (row.keys.day as string) <= period.to &&
      within(filters.clientIds, row.keys.client) &&
      within(filters.projectIds, row.keys.project) &&
      within(filters.taskIds, row.keys.task) &&
      within(filters.memberIds, row.keys.member) &&
      within(filters.teamIds, row.keys.team) &&
      (filters.tags === undefined ||
        filters.tags.length === 0 ||
        row.tags.some((tag) => filters.tags?.includes(tag))) &&
      (filters.billable === undefined || row.billable === filters.billable) &&
      (filters.billed === undefined || row.billed === filters.billed),
  );
}

export interface FlatGroup {
  label?: string;
  totals: ReportTotals;
}

function sumOf(rows: readonly ReferenceRow[]): ReportTotals {
  const currencies = new Set(rows.map((row) => row.currency));
  const currency = currencies.size === 1 ? ([...currencies][0] ?? null) : null;
  // Rows without a cost rate have no cost currency and cost 0: they leave the cost's currency as it is.
  const costCurrencies = new Set(
    rows.flatMap((row) => (row.costCurrency === null ? [] : [row.costCurrency])),
  );
  const costCurrency =
    costCurrencies.size === 1 ? ([...costCurrencies][0] ?? null) : null;
  const amount = rows.reduce((sum, row) => sum + row.amount, 0);
  const cost = rows.reduce((sum, row) => sum + row.cost, 0);
  // Never across currencies: the one currency of both, or nothing costed at all.
  const subtractable =
    currency !== null &&
    (costCurrencies.size === 0 || costCurrency === currency);
  return {
    trackedSeconds: rows.reduce((sum, row) => sum + row.trackedSeconds, 0),
    billableSeconds: rows.reduce((sum, row) => sum + row.billableSeconds, 0),
    billedSeconds: rows.reduce(
      (sum, row) => sum + (row.billed ? row.billableSeconds : 0),
      0,
    ),
    amount,
    cost,
    profit: subtractable ? amount - cost : null,
    entryCount: rows.length,
    currency,
    costCurrency,
  };
}

/** Every group path (`[]` is the grand total) with its totals, computed by plain grouping in TypeScript. */
export function referenceGroups(
  world: ReportWorld,
  rows: readonly ReferenceRow[],
  groupBy: readonly ReportGroupBy[],
): Map<string, FlatGroup> {
  const result = new Map<string, FlatGroup>([['[]', { totals: sumOf(rows) }]]);
  for (let depth = 1; depth <= groupBy.length; depth++) {
    const buckets = new Map<string, ReferenceRow[]>();
    for (const row of rows) {
      const path = JSON.stringify(
        groupBy.slice(0, depth).map((dimension) => row.keys[dimension]),
      );
      buckets.set(path, [...(buckets.get(path) ?? []), row]);
    }
    const dimension = groupBy[depth - 1] as ReportGroupBy;
    for (const [path, bucket] of buckets) {
      const key = (JSON.parse(path) as Array<string | null>)[depth - 1] ?? null;
      const label = world.labelOf(dimension, key);
      result.set(path, {
        ...(label === undefined ? {} : { label }),
        totals: sumOf(bucket),
      });
    }
  }
  return result;
}

/** The report's tree flattened the same way (labels of null keys left out, as the reference has none). */
export function flattenReport(
  totals: ReportTotals,
  groups: readonly ReportGroup[],
): Map<string, FlatGroup> {
  const result = new Map<string, FlatGroup>([['[]', { totals }]]);
  const walk = (level: readonly ReportGroup[], path: Array<string | null>) => {
    for (const group of level) {
      const here = [...path, group.key];
      result.set(JSON.stringify(here), {
        ...(group.key === null ? {} : { label: group.label }),
        totals: group.totals,
      });
      walk(group.children, here);
    }
  };
  walk(groups, []);
  return result;
}
