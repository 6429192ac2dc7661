import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import type { TimeEntryId } from '@billing/shared/kernel';
import { type LiveAdjustment, timeEntryStreamId } from '@billing/time-tracking/domain';
import { EntryAdjustments } from './entry-adjustments';

/** How long a write waits for the list to show the write before it; longer means the projection is behind. */
const CATCH_UP_TIMEOUT_MS = 5_000;
/** How long a write waits for the writes queued before it on the same entry. */
const LOCK_TIMEOUT = '15s';
const LOCK_NOT_AVAILABLE = '55P03';

/** What a write holding an entry's lock knows about that entry's adjustments. */
export interface LockedAdjustments {
  /** Its live adjustments, oldest first, including every earlier write of them (each waited for, as this one is). */
  readonly live: readonly LiveAdjustment[];
  /** Their signed sum. */
  readonly liveSeconds: number;
  /** To call before appending a write that changes them (post, delete, restore), so the next holder waits for it. */
  announce(entryId: string): Promise<void>;
}

const unavailable = (code: string, entryId: string, message: string) =>
  new ServiceUnavailableException({ error: 'SERVICE_UNAVAILABLE', code, entryId, message });

/**
 * Serialises every write that reads or changes an entry's adjustments: posting, deleting or restoring one of them,
 * editing or deleting the entry itself. Each takes a transaction-scoped advisory lock keyed by the adjusted entry on
 * a connection of its own, held for the whole check-and-append. The live adjustments come from the list read model,
 * which is projected asynchronously; under the lock it is made current first: every write that changes them
 * announces its stream in `tt_adjustment_writes` before appending, and the next holder waits until the list shows
 * that stream at its revision in the event store. By induction that covers all earlier writes (each holder waited
 * for the one before it); it compares stream revisions only, never $all positions, so it works with either event
 * store and does not wait for unrelated events.
 */
@Injectable()
export class AdjustedEntryLocks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly adjustments: EntryAdjustments,
  ) {}

  async withLock<T>(adjustedEntryId: string, work: (adjustments: LockedAdjustments) => Promise<T>): Promise<T> {
    // The lock's transaction only reads, so PostgreSQL gives it no transaction id: it does not hold back the event
    // store's visibility horizon, which would stall the very projection it waits for (announce writes elsewhere).
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.lock(runner, adjustedEntryId);
      await this.awaitLastWrite(runner, adjustedEntryId);
      const live = await this.adjustments.liveOf(adjustedEntryId, runner.manager);
      return await work({
        live,
        liveSeconds: live.reduce((sum, adjustment) => sum + adjustment.durationSeconds, 0),
        announce: (entryId) => this.announce(adjustedEntryId, entryId),
      });
    } finally {
      // Nothing was written in this transaction: ending it releases the lock.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  private async lock(runner: QueryRunner, adjustedEntryId: string): Promise<void> {
    await runner.query(`set local lock_timeout = '${LOCK_TIMEOUT}'`);
    try {
      await runner.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`tt-adjusted-entry:${adjustedEntryId}`]);
    } catch (error) {
      if ((error as { code?: unknown }).code !== LOCK_NOT_AVAILABLE) throw error;
      throw unavailable('ENTRY_BUSY', adjustedEntryId, `Time entry ${adjustedEntryId} is being changed by other requests; retry`);
    }
  }

  /** Waits until the list shows the last announced write of the entry's adjustments (nothing to wait for without one). */
  private async awaitLastWrite(runner: QueryRunner, adjustedEntryId: string): Promise<void> {
    const rows: { entry_id: string }[] = await runner.query('select entry_id from tt_adjustment_writes where adjusted_entry_id = $1', [adjustedEntryId]);
    const written = rows[0]?.entry_id;
    if (written === undefined) return;
    const revision = await this.streamRevision(written);
    if (revision === null) return; // announced, but refused or failed before its append
    const shown = await awaitReadModel(async () => {
      const listed: { revision: number }[] = await runner.query('select revision from tt_time_entries where entry_id = $1', [written]);
      return (listed[0]?.revision ?? -1) >= revision;
    }, CATCH_UP_TIMEOUT_MS);
    if (!shown) {
      throw unavailable(
        'ADJUSTMENTS_NOT_CAUGHT_UP',
        adjustedEntryId,
        `The time entry list has not caught up with the last change of entry ${adjustedEntryId}'s adjustments; retry in a moment`,
      );
    }
  }

  private async streamRevision(entryId: string): Promise<number | null> {
    const read = await this.store.readStream(timeEntryStreamId(entryId as TimeEntryId), { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    if (read.kind !== 'found') return null;
    for await (const event of read.events) return event.revision;
    return null;
  }

  /** Committed at once, outside the lock's transaction: it must outlive a crash between it and the append. */
  private async announce(adjustedEntryId: string, entryId: string): Promise<void> {
    await this.dataSource.query(
      `insert into tt_adjustment_writes (adjusted_entry_id, entry_id) values ($1, $2)
       on conflict (adjusted_entry_id) do update set entry_id = excluded.entry_id, announced_at = now()`,
      [adjustedEntryId, entryId],
    );
  }
}
