import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WorkerHealth } from './worker-health';

const json = (body: unknown): string => JSON.stringify(body);

/** A minimal HTTP server beside the application context: `GET /health` only. */
export async function startHealthServer(
  health: WorkerHealth,
  port: number,
): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' || path !== '/health') {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end(
          json({
            error: 'NOT_FOUND',
            message: 'Only GET /health is served here',
          }),
        );
      return;
    }
    health.check().then(
      ({ statusCode, body }) =>
        response
          .writeHead(statusCode, { 'content-type': 'application/json' })
          .end(json(body)),
      () =>
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(
            json({ error: 'INTERNAL_ERROR', message: 'Internal server error' }),
          ),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  return { server, port: (server.address() as AddressInfo).port };
}
