import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
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
  TIME_REPORT_PROJECTION,
  TimeReportProjectionCore,
} from './time-report.projection';

export interface ReportRebuildStatus {
  state: 'idle' | ShadowRebuildPhase | 'failed';
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

/** Rebuilds the report read model beside the live one and switches over (one rebuild at a time per process). */
@Injectable()
export class ReportReadModel {
  private readonly logger = new Logger(ReportReadModel.name);
  private current: Promise<void> | null = null;
  private status: ReportRebuildStatus = {
    state: 'idle',
    startedAt: null,
    finishedAt: null,
    error: null,
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  rebuildStatus(): ReportRebuildStatus {
    return { ...this.status };
  }

  /** Starts a shadow rebuild (or joins the running one); resolves once switched over. */
  rebuild(): Promise<void> {
    if (this.current) return this.current;
    this.status = {
      state: 'preparing',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    const rebuild = shadowRebuildOfReports(
      this.dataSource,
      this.store,
      (phase) => {
        this.status = { ...this.status, state: phase };
        this.logger.log(`report read model rebuild: ${phase}`);
      },
    );
    this.current = rebuild
      .run()
      .then(
        () => {
          this.status = {
            ...this.status,
            state: 'done',
            finishedAt: new Date().toISOString(),
          };
        },
        (error: unknown) => {
          this.status = {
            ...this.status,
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
      `${TIME_REPORT_PROJECTION}${SHADOW_SUFFIX}`,
      reportTables(SHADOW_SUFFIX),
    ),
    tables: tableList(LIVE_REPORT_TABLES),
    shadowOf: (table) => `${table}${SHADOW_SUFFIX}`,
    batchSize,
    lanes,
    ...(onPhase ? { onPhase } : {}),
  });
}
