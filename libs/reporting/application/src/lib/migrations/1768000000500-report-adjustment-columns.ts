import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADJUSTMENT_COLUMNS } from '../read-model/entry-columns';
import { historyFunctionDdl } from '../read-model/report-schema-sql';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';
import { recreateReportReadModel } from './recreate-report-read-model';

/**
 * `adjusts_entry_id` and `adjustment_reason` on entry rows and their versions (adjusting entries labelled in reports
 * and exports). The values are in the events only, and any existing row or version may be an adjustment: the read
 * model is rebuilt as in ReportAmountsAndHistory, so rows and history carry them exactly as a replay from zero does.
 */
export class ReportAdjustmentColumns1768000000500
  implements MigrationInterface
{
  name = 'ReportAdjustmentColumns1768000000500';

  async up(runner: QueryRunner): Promise<void> {
    await recreateReportReadModel(runner);
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
