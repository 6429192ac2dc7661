import { Injectable } from '@nestjs/common';
import type { OrganisationContextEvent } from '@billing/organisation/domain';
import { ReadYourWrites, type ReadModelTable } from '../read/read-your-writes';
import { StreamWriter, type StreamWrite, type StreamWritten } from './stream-writer';

export interface ReadModelRow {
  table: ReadModelTable;
  key: Record<string, string>;
}

/** A stream write followed by the wait until the read model shows it (read-your-writes for the next GET). */
@Injectable()
export class OrganisationWrites {
  constructor(
    private readonly writer: StreamWriter,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async write<Command, State, Event extends OrganisationContextEvent, Context>(
    request: StreamWrite<Command, State, Event, Context>,
    row: ReadModelRow,
  ): Promise<StreamWritten<State>> {
    const written = await this.writer.write(request);
    await this.readYourWrites.rowAtRevision(row.table, row.key, written.revision);
    return written;
  }

  now(): Date {
    return this.writer.now();
  }
}
