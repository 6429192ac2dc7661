import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import type { ReportRebuildStatus } from '@billing/reporting/contracts';
import type { DataSource } from 'typeorm';
import {
  ShadowRebuild,
  type ShadowRebuildPhase,
} from '../shadow-rebuild/shadow-rebuild';
import {
  LIVE_REPORT_TABLES,
  reportTables,
  SHADOW_SUFFIX,
  tableList,
} from './report-tables';
import {
  countReplayEvents,
  readEventsApplied,
  rebuildProgress,
} from './rebuild-progress';
import {
  TIME_REPORT_FILTER,
  TIME_REPORT_PROJECTION,
  TimeReportProjectionCore,
} from './time-report.projection';

/** The phase and times of the last rebuild; its figures are read when asked (see `rebuildStatus`). */
type RebuildRun = Omit<ReportRebuildStatus, 'eventsApplied' | 'eventsTotal'>;

const isReplayingOrLater = (state: ReportRebuildStatus['state']): boolean =>
  state === 'replaying' || state === 'indexing' || state === 'switching';

/** The shadow projection's name, also the name of its checkpoint row while it replays. */
export const SHADOW_REPORT_PROJECTION = `${TIME_REPORT_PROJECTION}${SHADOW_SUFFIX}`;

/** Rebuilds the report read model beside the live one and switches over (one rebuild at a time per process). */
@Injectable()
export class ReportReadModel {
  private readonly logger = new Logger(ReportReadModel.name);
  private current: Promise<void> | null = null;
  private last: RebuildRun = {
    state: 'idle',
    startedAt: null,
    finishedAt: null,
    error: null,
  };
  /** Events the replay reads, counted at the start (null until counted, or when the store cannot count). */
  private counted: number | null = null;
  /** The last applied count seen, for when the checkpoint row is gone (reset, switched over); final once finished. */
  private applied = 0;
  /** Numbers the rebuilds, so a late count lands only on its own. */
  private generation = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The state, and while it runs how far the replay got: the shadow checkpoint is read at each call. */
  async rebuildStatus(): Promise<ReportRebuildStatus> {
    // Before the replay, a checkpoint row left by an earlier failed rebuild must not show as progress; once
    // finished, the final figure is kept.
    if (isReplayingOrLater(this.last.state)) {
      const fromCheckpoint = await readEventsApplied(
        this.dataSource,
        SHADOW_REPORT_PROJECTION,
      );
      // The rebuild may have finished during the read: its final figure wins over the row read before.
      if (fromCheckpoint !== null && isReplayingOrLater(this.last.state))
        this.applied = fromCheckpoint;
    }
    const last = { ...this.last };
    return {
      ...last,
      ...rebuildProgress(last.state, this.applied, this.counted),
    };
  }

  /** Starts a shadow rebuild (or joins the running one); resolves once switched over. */
  rebuild(): Promise<void> {
    if (this.current) return this.current;
    this.last = {
      state: 'preparing',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    this.counted = null;
    this.applied = 0;
    const generation = ++this.generation;
    const rebuild = shadowRebuildOfReports(
      this.dataSource,
      this.store,
      (phase) => {
        this.logger.log(`report read model rebuild: ${phase}`);
        // Done is set below, together with the final count and time.
        if (phase !== 'done') this.last = { ...this.last, state: phase };
      },
    );
    void this.countEvents(generation);
    this.current = rebuild
      .run()
      .then(
        (result) => {
          this.applied = result.eventsApplied;
          this.last = {
            ...this.last,
            state: 'done',
            finishedAt: new Date().toISOString(),
          };
        },
        async (error: unknown) => {
          // How far the replay got (a row read while preparing could be an earlier rebuild's).
          if (isReplayingOrLater(this.last.state))
            this.applied =
              (await readEventsApplied(
                this.dataSource,
                SHADOW_REPORT_PROJECTION,
              ).catch(() => null)) ?? this.applied;
          this.last = {
            ...this.last,
            state: 'failed',
            finishedAt: new Date().toISOString(),
            error: error instanceof Error ? error.message : String(error),
          };
          throw error;
        },
      )
      .finally(() => {
        this.current = null;
      });
    return this.current;
  }

  /** Counts beside the preparation (one query, which at 1.77 M events takes a while); a failed count shows no total. */
  private async countEvents(generation: number): Promise<void> {
    try {
      const counted = await countReplayEvents(this.store, TIME_REPORT_FILTER);
      if (this.generation === generation) this.counted = counted;
    } catch (error) {
      this.logger.warn(
        `report read model rebuild: events not counted: ${String(error)}`,
      );
    }
  }
}

/** Entry events replay in this many concurrent transactions (see `TimeReportProjectionCore.partitionOf`). */
const REPLAY_LANES = 2;

/** The report projection's shadow rebuild, also used by the benchmark (`batchSize`: events per replay transaction). */
export function shadowRebuildOfReports(
  dataSource: DataSource,
  store: EventStore,
  onPhase?: (phase: ShadowRebuildPhase) => void,
  batchSize = 5000,
  lanes = REPLAY_LANES,
): ShadowRebuild {
  return new ShadowRebuild(dataSource, store, {
    liveProjection: TIME_REPORT_PROJECTION,
    shadowProjection: new TimeReportProjectionCore(
      SHADOW_REPORT_PROJECTION,
      reportTables(SHADOW_SUFFIX),
    ),
    tables: tableList(LIVE_REPORT_TABLES),
    shadowOf: (table) => `${table}${SHADOW_SUFFIX}`,
    batchSize,
    lanes,
    ...(onPhase ? { onPhase } : {}),
  });
}
