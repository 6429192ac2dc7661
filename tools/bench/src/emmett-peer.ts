import { createRequire } from 'node:module';
import path from 'node:path';
import type { EventToAppend } from '@billing/event-store';
import type { Contender } from './contender';

export const PEER = 'emmett-postgresql 0.42.0';

/** The slice of @event-driven-io/emmett-postgresql's documented API used here (see its dist/index.d.ts). */
interface EmmettEvent {
  type: string;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}
interface EmmettStore {
  appendToStream(
    stream: string,
    events: EmmettEvent[],
    options?: { expectedStreamVersion?: unknown },
  ): Promise<unknown>;
  readStream(
    stream: string,
  ): Promise<{
    currentStreamVersion: bigint;
    streamExists: boolean;
    events: unknown[];
  }>;
  schema: { migrate(): Promise<unknown> };
  close(): Promise<void>;
}
interface EmmettPostgresModule {
  getPostgreSQLEventStore(connectionString: string): EmmettStore;
}
interface EmmettModule {
  STREAM_DOES_NOT_EXIST: unknown;
}

/** Installed apart from the workspace by run.mjs (tools/bench/peer), so it is loaded from there. */
const peerRequire = createRequire(
  path.resolve(__dirname, '../peer/package.json'),
);

const toEmmett = (events: EventToAppend[]): EmmettEvent[] =>
  events.map((event) => ({
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata,
  }));

export async function emmettContender(
  connectionString: string,
): Promise<Contender> {
  const emmettPostgres = peerRequire(
    '@event-driven-io/emmett-postgresql',
  ) as EmmettPostgresModule;
  const { STREAM_DOES_NOT_EXIST } = peerRequire(
    '@event-driven-io/emmett',
  ) as EmmettModule;
  const store = emmettPostgres.getPostgreSQLEventStore(connectionString);
  await store.schema.migrate();
  return {
    name: PEER,
    async append(stream, events) {
      await store.appendToStream(stream, toEmmett(events));
    },
    async readThenAppend(stream, events) {
      const read = await store.readStream(stream);
      await store.appendToStream(stream, toEmmett(events), {
        expectedStreamVersion: read.streamExists
          ? read.currentStreamVersion
          : STREAM_DOES_NOT_EXIST,
      });
    },
    close: () => store.close(),
  };
}
