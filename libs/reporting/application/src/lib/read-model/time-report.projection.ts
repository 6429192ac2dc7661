import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import { TIME_ENTRY_EVENT_TYPES } from '@billing/time-tracking/domain';
import type { EntityManager } from 'typeorm';
import {
  applyDimensionEvent,
  DIMENSION_EVENT_TYPES,
  DIMENSION_STREAM_PREFIXES,
  isDimensionEvent,
} from './dimension-updates';
import { foldEntries } from './entry-states';
import { upsertEntries } from './entry-upsert';
import {
  LIVE_REPORT_TABLES,
  type ReportTables,
  tableList,
} from './report-tables';

export const TIME_REPORT_PROJECTION = 'reporting-time-report';

/**
 * The report read model: `rpt_time_entries` plus its own dimension tables, all fed from one subscription so a
 * rebuild never depends on another context's read model. Events are applied in order; a run of time-entry events is
 * folded and written in one statement, an organisation event is applied on its own (it may fan out to many rows).
 */
export class TimeReportProjectionCore implements Projection {
  readonly filter = {
    streamPrefixes: [...DIMENSION_STREAM_PREFIXES, 'time-entry-'],
    eventTypes: [...DIMENSION_EVENT_TYPES, ...TIME_ENTRY_EVENT_TYPES],
  };

  constructor(
    readonly name: string,
    readonly tables: ReportTables,
  ) {}

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    let run: RecordedEvent[] = [];
    const flush = async () => {
      if (run.length === 0) return;
      await upsertEntries(
        em,
        this.tables,
        (await foldEntries(em, this.tables, run)).values(),
      );
      run = [];
    };
    for (const event of events) {
      if (isDimensionEvent(event)) {
        await flush();
        await applyDimensionEvent(em, this.tables, event);
      } else if (event.streamId.startsWith('time-entry-')) {
        run.push(event);
      }
    }
    await flush();
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query(`truncate ${tableList(this.tables).join(', ')}`);
  }
}

/** The live instance, registered with the ProjectionsModule. */
@Injectable()
export class TimeReportProjection extends TimeReportProjectionCore {
  constructor() {
    super(TIME_REPORT_PROJECTION, LIVE_REPORT_TABLES);
  }
}
