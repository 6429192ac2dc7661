import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PeriodState, initialPeriodState, periodDeadline, periodStatus } from '@billing/closing/domain';
import type { PeriodDetailView, PeriodHistoryEntry, PeriodHistoryKind, PeriodSummaryView } from '@billing/closing/contracts';
import { type Clock, type LocalDate, Period, type TeamId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { type OrganisationCalendar, OrganisationCalendars } from './closing-settings';

interface PeriodRow {
  period_key: string;
  organisation_closed: boolean;
  closed_team_ids: string[];
  reopened_team_ids: string[];
  deadline_override: string | null;
  revision: number;
}

interface HistoryRow {
  revision: number;
  kind: PeriodHistoryKind;
  actor: string;
  occurred_at: string;
  organisation_wide: boolean;
  team_ids: string[];
  reason: string | null;
  checklist: PeriodHistoryEntry['checklist'] | null;
  deadline: string | null;
  previous_deadline: string | null;
}

function stateOf(row: PeriodRow | undefined): PeriodState {
  if (row === undefined) return initialPeriodState;
  return {
    ...initialPeriodState,
    periodKey: row.period_key,
    organisationClosed: row.organisation_closed,
    closedTeamIds: row.closed_team_ids as TeamId[],
    reopenedTeamIds: row.reopened_team_ids as TeamId[],
    deadlineOverride: row.deadline_override as LocalDate | null,
  };
}

function historyEntry(row: HistoryRow): PeriodHistoryEntry {
  return {
    revision: row.revision,
    kind: row.kind,
    actor: row.actor,
    occurredAt: row.occurred_at,
    organisationWide: row.organisation_wide,
    teamIds: row.team_ids,
    reason: row.reason,
    ...(row.checklist === null ? {} : { checklist: row.checklist }),
    ...(row.kind === 'deadline-overridden' ? { deadline: row.deadline, previousDeadline: row.previous_deadline } : {}),
  };
}

/** Periods as the API shows them, from `closing_periods`, `closing_period_history` and the organisation's rule. */
@Injectable()
export class PeriodViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: OrganisationCalendars,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(keys: readonly string[], calendar: OrganisationCalendar): Promise<PeriodSummaryView[]> {
    const rows: PeriodRow[] = await this.dataSource.query('select * from closing_periods where period_key = any($1)', [keys]);
    const byKey = new Map(rows.map((row) => [row.period_key, row]));
    return keys.map((key) => this.summary(Period.fromKey(key, calendar.timeZone), byKey.get(key), calendar));
  }

  async detail(key: string): Promise<PeriodDetailView> {
    const calendar = await this.calendars.current();
    const [summary] = await this.list([key], calendar);
    const history: HistoryRow[] = await this.dataSource.query(
      'select * from closing_period_history where period_key = $1 order by revision',
      [key],
    );
    return { ...(summary as PeriodSummaryView), timeZone: calendar.timeZone, history: history.map(historyEntry) };
  }

  private summary(period: Period, row: PeriodRow | undefined, calendar: OrganisationCalendar): PeriodSummaryView {
    const state = stateOf(row);
    const { deadline, source } = periodDeadline(period, state, calendar.deadlineRule);
    return {
      key: period.key,
      startsAt: period.start.toISOString(),
      endsAt: period.end.toISOString(),
      status: periodStatus(state),
      closedTeamIds: [...state.closedTeamIds],
      reopenedTeamIds: [...state.reopenedTeamIds],
      submissionDeadline: deadline,
      deadlineSource: source,
      ended: this.clock.now().getTime() >= period.end.getTime(),
      revision: row?.revision ?? null,
    };
  }
}
