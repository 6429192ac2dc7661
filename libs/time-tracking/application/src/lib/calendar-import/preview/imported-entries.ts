import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TimeEntryId } from '@billing/shared/kernel';

/** Which external ids a member already imported (deleted entries count: a deleted import is not re-proposed). */
@Injectable()
export class ImportedEntries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(memberId: string, externalIds: readonly string[]): Promise<Map<string, TimeEntryId>> {
    if (externalIds.length === 0) return new Map();
    const rows: { external_id: string; entry_id: string }[] = await this.dataSource.query(
      'select external_id, entry_id from tt_time_entries where member_id = $1 and external_id = any($2)',
      [memberId, [...externalIds]],
    );
    return new Map(rows.map((row) => [row.external_id, row.entry_id as TimeEntryId]));
  }
}
