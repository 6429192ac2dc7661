import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimeEntryId } from '@billing/shared/kernel';
import type { LiveAdjustment } from '@billing/time-tracking/domain';
import { TimeEntryRow } from '../read-models/time-entries/time-entry.row';

/** An entry's adjusting entries, read from the list read model (`tt_time_entries.adjusts_entry_id`). */
@Injectable()
export class EntryAdjustments {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Signed sum of the live (not deleted) adjustments per adjusted entry; entries without any are left out. */
  async secondsOf(entryIds: readonly string[]): Promise<Map<string, number>> {
    if (entryIds.length === 0) return new Map();
    const rows: { adjusts_entry_id: string; seconds: string }[] = await this.dataSource.query(
      `select adjusts_entry_id, sum(duration_seconds) as seconds from tt_time_entries
        where adjusts_entry_id = any($1::uuid[]) and not deleted group by adjusts_entry_id`,
      [entryIds],
    );
    return new Map(rows.map((row) => [row.adjusts_entry_id, Number(row.seconds)]));
  }

  async secondsOfOne(entryId: string): Promise<number> {
    return (await this.secondsOf([entryId])).get(entryId) ?? 0;
  }

  /** The ids and signed seconds of an entry's live adjustments, oldest first; `on`: a connection of the caller's. */
  async liveOf(entryId: string, on: Pick<EntityManager, 'query'> = this.dataSource.manager): Promise<LiveAdjustment[]> {
    const rows: { entry_id: TimeEntryId; duration_seconds: number }[] = await on.query(
      `select entry_id, duration_seconds from tt_time_entries
        where adjusts_entry_id = $1 and not deleted order by recorded_at, entry_id`,
      [entryId],
    );
    return rows.map((row) => ({ entryId: row.entry_id, durationSeconds: Number(row.duration_seconds) }));
  }

  /** The live adjustments of an entry, oldest first. */
  rowsOf(entryId: string): Promise<TimeEntryRow[]> {
    return this.dataSource
      .getRepository(TimeEntryRow)
      .createQueryBuilder('e')
      .where('e.adjusts_entry_id = :entryId and e.deleted = false', { entryId })
      .orderBy('e.recordedAt', 'ASC')
      .addOrderBy('e.entryId', 'ASC')
      .getMany();
  }
}
