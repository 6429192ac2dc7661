import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WrongExpectedRevisionError } from '@billing/event-store';
import {
  AggregateRepository,
  RequestContext,
  awaitReadModel,
  typeDataCodec,
} from '@billing/shared/event-sourcing';
import {
  type MemberId,
  type TimeEntryId,
  type TimeZone,
  UTC,
} from '@billing/shared/kernel';
import {
  type BillingMark,
  NOTHING_CLOSED,
  type Instant,
  type TimeEntryCommand,
  type TimeEntryDecisionContext,
  type TimeEntryEvent,
  timeEntryDecider,
  timeEntryStreamId,
} from '@billing/time-tracking/domain';

const codec = typeDataCodec<TimeEntryEvent>();
const MAX_ATTEMPTS = 5;

export interface MarkOutcome {
  changed: boolean;
}

/**
 * Writes `time-entry-billed` / `time-entry-unbilled` on an entry's own stream, through its decider (which refuses a
 * deleted, running or otherwise billed entry). With an `operationKey` the event ids derive from it, so a process
 * that retries (the issue handler, then the reactor) appends each mark once.
 */
@Injectable()
export class EntryMarks {
  constructor(
    private readonly repository: AggregateRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  mark(
    entryId: string,
    billing: BillingMark,
    actor: string,
    at: Date,
    operationKey?: string,
  ): Promise<MarkOutcome> {
    return this.write(
      {
        type: 'mark-time-entry-billed',
        actorId: actor as MemberId,
        at: at.toISOString() as Instant,
        data: { entryId: entryId as TimeEntryId, billing },
      },
      actor,
      at,
      operationKey,
    );
  }

  unmark(
    entryId: string,
    billing: BillingMark,
    actor: string,
    at: Date,
    reason: string | null,
    operationKey?: string,
  ): Promise<MarkOutcome> {
    return this.write(
      {
        type: 'unmark-time-entry-billed',
        actorId: actor as MemberId,
        at: at.toISOString() as Instant,
        data: {
          entryId: entryId as TimeEntryId,
          billing,
          ...(reason ? { reason } : {}),
        },
      },
      actor,
      at,
      operationKey,
    );
  }

  /** Waits until time tracking's list shows each entry's billing as expected (read-your-writes; quiet at the deadline). */
  awaitBilling(entryIds: readonly string[], billed: boolean): Promise<boolean> {
    if (entryIds.length === 0) return Promise.resolve(true);
    return awaitReadModel(async () => {
      const rows: { n: string }[] = await this.dataSource.query(
        `select count(*) as n from tt_time_entries where entry_id = any($1::uuid[]) and (billing is not null) = $2`,
        [entryIds, billed],
      );
      return Number(rows[0]?.n ?? 0) === entryIds.length;
    }, 5000);
  }

  private async write(
    command: TimeEntryCommand,
    actor: string,
    at: Date,
    operationKey?: string,
  ): Promise<MarkOutcome> {
    const run = async (): Promise<MarkOutcome> => {
      const result = await this.repository.execute({
        stream: timeEntryStreamId(command.data.entryId),
        decider: timeEntryDecider,
        codec,
        command,
        context: markingContext(),
        metadata: { actor, occurredAt: at },
      });
      return { changed: result.events.length > 0 };
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (operationKey === undefined) return await run();
        const correlationId = RequestContext.correlationId();
        return await RequestContext.run(
          { correlationId, idempotencyKey: operationKey },
          run,
        );
      } catch (error) {
        if (
          !(error instanceof WrongExpectedRevisionError) ||
          attempt >= MAX_ATTEMPTS
        )
          throw error;
      }
    }
  }
}

/** Marking needs no look-ups: the decider checks only the entry's own state (closed periods do not stop billing). */
function markingContext(): TimeEntryDecisionContext {
  const timeZone: TimeZone = UTC;
  return { timeZone, actorAuthority: 'admin', isPeriodClosed: NOTHING_CLOSED };
}
