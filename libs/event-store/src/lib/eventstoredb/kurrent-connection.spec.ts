import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { EventStoreUnavailableError } from '../port/errors';
import { createKurrentEventStore } from './kurrent-event-store';
import { withTimeout, TimeoutElapsedError } from './with-timeout';

/** Accepts TCP connections and never answers: the case where the client alone would hang. */
async function silentServer(): Promise<{
  port: number;
  close(): Promise<void>;
}> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on: bind one, then release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('withTimeout', () => {
  it('returns the result when the work settles in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'late')).resolves.toBe(7);
  });

  it('rejects with TimeoutElapsedError when it does not', async () => {
    await expect(
      withTimeout(new Promise(() => undefined), 20, 'late'),
    ).rejects.toBeInstanceOf(TimeoutElapsedError);
  });
});

describe('KurrentDB connection guard (real client, no KurrentDB server)', () => {
  it('fails ping and the first call within the connect timeout when the server never answers', async () => {
    const server = await silentServer();
    const store = createKurrentEventStore({
      connectionString: `kurrentdb://127.0.0.1:${server.port}?tls=false`,
      connectTimeoutMs: 300,
    });
    try {
      const started = Date.now();
      await expect(store.ping()).rejects.toBeInstanceOf(
        EventStoreUnavailableError,
      );
      await expect(store.readStream('any-stream')).rejects.toThrow(
        'KurrentDB did not answer within 300 ms',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await store.close();
      await server.close();
    }
  });

  it('fails fast with EventStoreUnavailableError when the connection is refused', async () => {
    const store = createKurrentEventStore({
      connectionString: `kurrentdb://127.0.0.1:${await closedPort()}?tls=false`,
      connectTimeoutMs: 10_000,
    });
    try {
      const started = Date.now();
      await expect(store.ping()).rejects.toBeInstanceOf(
        EventStoreUnavailableError,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await store.close();
    }
  });

  it('refuses work after close', async () => {
    const store = createKurrentEventStore({
      connectionString: 'kurrentdb://127.0.0.1:2113?tls=false',
    });
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
  });
});
