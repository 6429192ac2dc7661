import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHECKPOINT_TABLE } from '@billing/event-store';
import {
  historyFunctionDdl,
  reportIndexesDdl,
  reportTablesDdl,
} from '../read-model/report-schema-sql';
import { LIVE_REPORT_TABLES, tableList } from '../read-model/report-tables';
import { TIME_REPORT_PROJECTION } from '../read-model/time-report.projection';

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
    for (const table of tableList(LIVE_REPORT_TABLES))
      await runner.query(`drop table if exists ${table}`);
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
    for (const table of [
      LIVE_REPORT_TABLES.versions,
      LIVE_REPORT_TABLES.rateBooks,
    ])
      await runner.query(`drop table if exists ${table}`);
    await runner.query(`drop function if exists rpt_record_entry_versions()`);
  }
}
