import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError } from '@billing/shared/kernel';

export const invoiceClaim = (invoiceId: string): string =>
  `invoice:${invoiceId}`;
export const referenceClaim = (reference: string): string =>
  `reference:${reference}`;

/**
 * One holder per billed entry (see the migration). A claim is taken in one transaction for all of an invoice's
 * entries: concurrent claims of one entry serialise on its primary key, and the later one sees the holder.
 */
@Injectable()
export class EntryClaims {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Claims every entry for `holder`, or none: 409 ENTRIES_ALREADY_BILLED naming the entries held by others. */
  async claimAll(entryIds: readonly string[], holder: string): Promise<void> {
    if (entryIds.length === 0) return;
    await this.dataSource.transaction(async (em) => {
      await em.query(
        'insert into billing_entry_claims (entry_id, claimed_by) select unnest($1::uuid[]), $2 on conflict (entry_id) do nothing',
        [entryIds, holder],
      );
      const others: { entry_id: string }[] = await em.query(
        'select entry_id from billing_entry_claims where entry_id = any($1::uuid[]) and claimed_by <> $2 order by entry_id',
        [entryIds, holder],
      );
      if (others.length > 0) {
        const ids = others.map((row) => row.entry_id);
        throw new ConflictError(
          'ENTRIES_ALREADY_BILLED',
          { entryIds: ids },
          `${ids.length} entries are already billed by another invoice or mark`,
        );
      }
    });
  }

  /** Claims one entry; false when someone else holds it. */
  async claimOne(entryId: string, holder: string): Promise<boolean> {
    await this.dataSource.query(
      'insert into billing_entry_claims (entry_id, claimed_by) values ($1, $2) on conflict (entry_id) do nothing',
      [entryId, holder],
    );
    const rows: { claimed_by: string }[] = await this.dataSource.query(
      'select claimed_by from billing_entry_claims where entry_id = $1',
      [entryId],
    );
    return rows[0]?.claimed_by === holder;
  }

  async release(entryIds: readonly string[], holder: string): Promise<void> {
    if (entryIds.length === 0) return;
    await this.dataSource.query(
      'delete from billing_entry_claims where claimed_by = $1 and entry_id = any($2::uuid[])',
      [holder, entryIds],
    );
  }
}
