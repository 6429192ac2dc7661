import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';
import { recreateReportReadModel } from './recreate-report-read-model';

/**
 * Amounts, the projection's own rate book and the history of entry rows (as-of reports). The read model is rebuilt
 * rather than altered: the tables are recreated empty and the projection's checkpoint removed, so it replays every
 * event (rates included) from position 0 at the next start.
 */
export class ReportAmountsAndHistory1768000000200
  implements MigrationInterface
{
  name = 'ReportAmountsAndHistory1768000000200';

  async up(runner: QueryRunner): Promise<void> {
    await recreateReportReadModel(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      LIVE_REPORT_TABLES.versions,
      LIVE_REPORT_TABLES.rateBooks,
    ])
      await runner.query(`drop table if exists ${table}`);
    await runner.query(`drop function if exists rpt_record_entry_versions()`);
  }
}
