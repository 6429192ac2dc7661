import type { QueryRunner } from 'typeorm';
import { CHECKPOINT_TABLE } from '@billing/event-store';
import {
  historyFunctionDdl,
  reportIndexesDdl,
  reportTablesDdl,
} from '../read-model/report-schema-sql';
import { LIVE_REPORT_TABLES, tableList } from '../read-model/report-tables';
import { TIME_REPORT_PROJECTION } from '../read-model/time-report.projection';

/**
 * For a migration whose new columns only the events can fill: the report tables are recreated empty (as the schema
 * is now) and the projection's checkpoint removed, so it replays every event from position 0 at the next start.
 */
export async function recreateReportReadModel(
  runner: QueryRunner,
): Promise<void> {
  for (const table of tableList(LIVE_REPORT_TABLES))
    await runner.query(`drop table if exists ${table}`);
  // The trigger function lists the columns it copies into the versions.
  await runner.query(historyFunctionDdl());
  for (const sql of [
    ...reportTablesDdl(LIVE_REPORT_TABLES),
    ...reportIndexesDdl(LIVE_REPORT_TABLES),
  ])
    await runner.query(sql);
  await runner.query(`delete from ${CHECKPOINT_TABLE} where projection = $1`, [
    TIME_REPORT_PROJECTION,
  ]);
}
