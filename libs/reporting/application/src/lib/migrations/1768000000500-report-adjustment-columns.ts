import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHECKPOINT_TABLE } from '@billing/event-store';
import { ADJUSTMENT_COLUMNS } from '../read-model/entry-columns';
import {
  historyFunctionDdl,
  reportIndexesDdl,
  reportTablesDdl,
} from '../read-model/report-schema-sql';
import { LIVE_REPORT_TABLES, tableList } from '../read-model/report-tables';
import { TIME_REPORT_PROJECTION } from '../read-model/time-report.projection';

/**
 * `adjusts_entry_id` and `adjustment_reason` on entry rows and their versions (adjusting entries labelled in reports
 * and exports). The values are in the events only, and an existing row, or any of its versions, may be an adjustment:
 * the read model is rebuilt as in ReportAmountsAndHistory (tables recreated empty, checkpoint removed, the projection
 * replays every event at the next start), so rows and history carry them exactly as a rebuild from zero would.
 */
export class ReportAdjustmentColumns1768000000500 implements MigrationInterface {
  name = 'ReportAdjustmentColumns1768000000500';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of tableList(LIVE_REPORT_TABLES))
      await runner.query(`drop table if exists ${table}`);
    // The trigger function lists the columns it copies into the versions.
    await runner.query(historyFunctionDdl());
    for (const sql of [
      ...reportTablesDdl(LIVE_REPORT_TABLES),
      ...reportIndexesDdl(LIVE_REPORT_TABLES),
    ])
      await runner.query(sql);
    await runner.query(
      `delete from ${CHECKPOINT_TABLE} where projection = $1`,
      [TIME_REPORT_PROJECTION],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(historyFunctionDdl(ADJUSTMENT_COLUMNS));
    for (const table of [
      LIVE_REPORT_TABLES.entries,
      LIVE_REPORT_TABLES.versions,
    ])
      await runner.query(
        `alter table ${table} ${ADJUSTMENT_COLUMNS.map((column) => `drop column ${column}`).join(', ')}`,
      );
  }
}
