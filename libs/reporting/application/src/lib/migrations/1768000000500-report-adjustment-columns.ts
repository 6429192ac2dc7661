import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  ADJUSTMENT_COLUMNS,
  type EntryColumn,
} from '../read-model/entry-columns';
import {
  coveringIndexesDdl,
  historyFunctionDdl,
} from '../read-model/report-schema-sql';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';
import { recreateReportReadModel } from './recreate-report-read-model';

/** The columns this migration adds to the entry rows and their versions. */
const ADDED_COLUMNS: readonly EntryColumn[] = [
  ...ADJUSTMENT_COLUMNS,
  'cost_currency',
];

/**
 * `adjusts_entry_id` and `adjustment_reason` (adjusting entries labelled in reports and exports) and `cost_currency`
 * (the currency of the cost, which a profit must match) on entry rows and their versions. The values are in the
 * events only, and any existing row or version may carry them: the read model is rebuilt as in
 * ReportAmountsAndHistory, so rows and history carry them exactly as a replay from zero does.
 */
export class ReportAdjustmentColumns1768000000500
  implements MigrationInterface
{
  name = 'ReportAdjustmentColumns1768000000500';

  async up(runner: QueryRunner): Promise<void> {
    await recreateReportReadModel(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(historyFunctionDdl(ADDED_COLUMNS));
    // Dropping cost_currency drops the covering indexes that include it; they come back as they were before.
    for (const table of [
      LIVE_REPORT_TABLES.entries,
      LIVE_REPORT_TABLES.versions,
    ])
      await runner.query(
        `alter table ${table} ${ADDED_COLUMNS.map((column) => `drop column ${column}`).join(', ')}`,
      );
    for (const sql of coveringIndexesDdl(LIVE_REPORT_TABLES, ADDED_COLUMNS))
      await runner.query(sql);
  }
}
