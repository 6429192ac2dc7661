import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WrongExpectedRevisionError } from '@billing/event-store';
import { AggregateRepository, type CommandMetadata, awaitReadModel } from '@billing/shared/event-sourcing';
import { ConflictError, NotFoundError, type TimeEntryId } from '@billing/shared/kernel';
import {
  type ExistingTimeEntry,
  type TimeEntryCommand,
  type TimeEntryDecisionContext,
  timeEntryDecider,
  timeEntryStreamId,
} from '@billing/time-tracking/domain';
import { timeEntryCodec } from './time-tracking-codecs';

/** A write based on a stale revision, as the one 409 shape every time-tracking write answers with. */
export function staleWrite(error: WrongExpectedRevisionError): ConflictError {
  return new ConflictError(
    'WRONG_EXPECTED_REVISION',
    { expected: error.expected, actual: error.actual },
    'The entry was changed meanwhile; reload it and retry',
  );
}

export async function refusingStaleWrites<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) throw staleWrite(error);
    throw error;
  }
}

/** Loads entry streams, runs the decider with expected revisions, and waits for the list to show the change. */
@Injectable()
export class EntryStreams {
  constructor(
    private readonly repository: AggregateRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async load(entryId: string): Promise<{ entry: ExistingTimeEntry; revision: number }> {
    const loaded = await this.repository.loadExisting('TimeEntry', entryId, timeEntryStreamId(entryId as TimeEntryId), timeEntryDecider, timeEntryCodec);
    if (loaded.state.status === 'none') throw new NotFoundError('TimeEntry', entryId);
    return { entry: loaded.state, revision: loaded.revision };
  }

  async execute(
    command: TimeEntryCommand,
    context: TimeEntryDecisionContext,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ): Promise<{ entry: ExistingTimeEntry; revision: number }> {
    const entryId = command.data.entryId;
    const result = await refusingStaleWrites(() =>
      this.repository.execute({
        stream: timeEntryStreamId(entryId),
        decider: timeEntryDecider,
        codec: timeEntryCodec,
        command,
        context,
        metadata,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      }),
    );
    if (result.state.status === 'none' || result.revision === null) throw new NotFoundError('TimeEntry', entryId);
    await this.awaitRow(entryId, result.revision);
    return { entry: result.state, revision: result.revision };
  }

  /** Read-your-writes: polls the list's row until it shows `revision` (gives up quietly after 3 s). */
  awaitRow(entryId: string, revision: number): Promise<boolean> {
    return awaitReadModel(async () => {
      const rows: { revision: number }[] = await this.dataSource.query('select revision from tt_time_entries where entry_id = $1', [entryId]);
      return (rows[0]?.revision ?? -1) >= revision;
    });
  }
}
