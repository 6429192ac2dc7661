import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import {
  type ExportCommand,
  type ExportEvent,
  type ExportRequested,
  type ExportState,
  exportDecider,
  exportStreamId,
} from '@billing/exports/domain';
import { AggregateRepository, typeDataCodec } from '@billing/shared/event-sourcing';

const codec = typeDataCodec<ExportEvent>();

/** Loads an export's stream and appends what the decider decides, at the revision it was based on. */
@Injectable()
export class ExportStreams {
  private readonly repository: AggregateRepository;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.repository = new AggregateRepository(store);
  }

  async load(exportId: string): Promise<ExportState> {
    return (await this.repository.load(exportStreamId(exportId), exportDecider, codec)).state;
  }

  /** What was asked for: the `export-requested` event's data (format, definition, scope, requester). */
  async requestOf(exportId: string): Promise<ExportRequested['data'] | undefined> {
    const result = await this.store.readStream(exportStreamId(exportId));
    if (result.kind !== 'found') return undefined;
    for await (const recorded of result.events) {
      if (recorded.type === 'export-requested') return recorded.data as ExportRequested['data'];
    }
    return undefined;
  }

  async execute(exportId: string, command: ExportCommand, actor: string, at: Date): Promise<{ events: ExportEvent[]; revision: number | null }> {
    const result = await this.repository.execute({
      stream: exportStreamId(exportId),
      decider: exportDecider,
      codec,
      command,
      context: undefined,
      metadata: { actor, occurredAt: at },
    });
    return { events: result.events, revision: result.revision };
  }
}
