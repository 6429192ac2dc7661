import type { MigrationInterface, QueryRunner } from 'typeorm';
import { historyFunctionDdl } from '../read-model/report-schema-sql';

/** The history trigger function as it is now (an update that changes no counted column returns before touching the history). */
export class ReportHistorySkipsUnversionedUpdates1768000000400
  implements MigrationInterface
{
  name = 'ReportHistorySkipsUnversionedUpdates1768000000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(historyFunctionDdl());
  }

  async down(): Promise<void> {
    // The previous body differs only in speed; nothing to restore.
  }
}
