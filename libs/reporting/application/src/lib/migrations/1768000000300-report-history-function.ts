import type { MigrationInterface, QueryRunner } from 'typeorm';
import { historyFunctionDdl } from '../read-model/report-schema-sql';

/** The history trigger function as it is now (inserted rows skip closing a version they cannot have; the versions table is taken in the entries table's schema). */
export class ReportHistoryFunction1768000000300 implements MigrationInterface {
  name = 'ReportHistoryFunction1768000000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(historyFunctionDdl());
  }

  async down(): Promise<void> {
    // The previous body differs only in speed; nothing to restore.
  }
}
