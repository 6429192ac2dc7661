import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { ExportState } from '@billing/exports/domain';
import type { ExportStreams } from '../job/export-streams';
import { ExportViews } from './export-views';

/** An export the read model has not seen yet (empty query result), whose stream is at `status`. */
function viewsBeforeTheReadModel(status: ExportState['status']): ExportViews {
  const dataSource = { query: async () => [] } as unknown as DataSource;
  const queue = { getJob: async () => undefined } as unknown as Queue;
  const streams = {
    load: async (): Promise<ExportState> => ({ exportId: 'x1', status, requestedBy: 'm1', attempts: 1 }),
    requestOf: async () => ({ exportId: 'x1', format: 'csv', definition: { kind: 'time-report', period: { from: '2026-03-01', to: '2026-03-31' } }, scope: { kind: 'all' }, requestedBy: 'm1' }),
  } as unknown as ExportStreams;
  return new ExportViews(dataSource, queue, streams);
}

describe('ExportViews while the read model lags behind the stream', () => {
  it('a completed export without its file details in the read model yet shows as running', async () => {
    expect(await viewsBeforeTheReadModel('completed').one('x1', 'm1')).toMatchObject({ status: 'running', fileName: null, rowCount: null });
  });

  it('queued, failed and cancelled come from the stream as they are; another member gets 404', async () => {
    expect((await viewsBeforeTheReadModel('queued').one('x1', 'm1')).status).toBe('queued');
    expect((await viewsBeforeTheReadModel('failed').one('x1', 'm1')).status).toBe('failed');
    expect((await viewsBeforeTheReadModel('cancelled').one('x1', 'm1')).status).toBe('cancelled');
    await expect(viewsBeforeTheReadModel('queued').one('x1', 'someone-else')).rejects.toThrow(/not found|Export/i);
  });
});
