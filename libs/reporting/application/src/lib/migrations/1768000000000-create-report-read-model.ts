import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  historyFunctionDdl,
  reportIndexesDdl,
  reportTablesDdl,
} from '../read-model/report-schema-sql';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';

/** The report read model (entries and its own dimension tables). */
export class CreateReportReadModel1768000000000 implements MigrationInterface {
  name = 'CreateReportReadModel1768000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of [
      historyFunctionDdl(),
      ...reportTablesDdl(LIVE_REPORT_TABLES),
      ...reportIndexesDdl(LIVE_REPORT_TABLES),
    ]) {
      await runner.query(sql);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of Object.values(LIVE_REPORT_TABLES)) {
      await runner.query(`drop table if exists ${table}`);
    }
  }
}
