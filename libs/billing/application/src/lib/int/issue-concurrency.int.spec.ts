import {
  type BillingTestApp,
  recreateDatabase,
  startBillingTestApp,
} from '../../testing/billing-test-app';
import { BillingWorld, type TestMember } from '../../testing/billing-world';
import type { TestResponse } from '@billing/shared/testing';

/** Parallel issues over HTTP: consecutive numbers, no gap, no duplicate; an entry on two drafts is billed once. */
describe('issuing concurrently (real PostgreSQL)', () => {
  let api: BillingTestApp;
  let world: BillingWorld;
  let finance: TestMember;
  let alice: TestMember;

  const issue = (draft: { invoiceId: string; revision: number }) =>
    world.call(
      'POST',
      `/invoices/${draft.invoiceId}/issue`,
      finance,
      {},
      { 'If-Match': `"${draft.revision}"` },
    );

  async function clientWithEntries(): Promise<{
    clientId: string;
    entryIds: string[];
  }> {
    const clientId = await world.client();
    const { projectId } = await world.project({
      clientId,
      memberIds: [alice.memberId],
    });
    const entryIds = [
      await world.entry(alice, {
        projectId,
        startedAt: '2026-03-03T08:00:00Z',
        durationSeconds: 3_600,
      }),
      await world.entry(alice, {
        projectId,
        startedAt: '2026-03-04T08:00:00Z',
        durationSeconds: 1_800,
      }),
    ];
    return { clientId, entryIds };
  }

  async function draftFor(
    clientId: string,
  ): Promise<{ invoiceId: string; revision: number }> {
    const run = await world.call('POST', '/billing/runs', finance, {
      clientId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(run.status).toBe(201);
    return run.body.invoice;
  }

  async function assignedSequences(): Promise<number[]> {
    const settings: { organisation_id: string }[] = await api.dataSource.query(
      'select organisation_id from org_settings',
    );
    const stream = await api.eventStore.readStream(
      `invoice-numbering-${settings[0]?.organisation_id}`,
    );
    const sequences: number[] = [];
    if (stream.kind === 'found')
      for await (const event of stream.events)
        sequences.push((event.data as { sequence: number }).sequence);
    return sequences;
  }

  beforeAll(async () => {
    api = await startBillingTestApp({
      databaseUrl: await recreateDatabase('billing_billing_concurrency_test'),
      now: '2026-04-02T09:00:00Z',
    });
    world = new BillingWorld(api);
    await world.setUp('UTC');
    finance = await world.member('Fay Finance', ['finance']);
    alice = await world.member('Alice Member', ['member']);
    const rate = await world.call('POST', '/rates/billable', finance, {
      scope: { level: 'organisation' },
      rateMinorPerHour: 10_000,
      currency: 'EUR',
      validFrom: '2026-01-01',
    });
    expect(rate.status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  it('gives invoices issued at the same time consecutive numbers, without gap or duplicate', async () => {
    const clients = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(() => clientWithEntries()),
    );
    const drafts = await Promise.all(
      clients.map(({ clientId }) => draftFor(clientId)),
    );
    const issued = await Promise.all(drafts.map(issue));
    expect(issued.map((response) => response.status)).toEqual([
      200, 200, 200, 200, 200, 200,
    ]);
    const numbers = issued
      .map((response) => response.body.number as string)
      .sort();
    expect(numbers).toEqual([
      'INV-2026-0001',
      'INV-2026-0002',
      'INV-2026-0003',
      'INV-2026-0004',
      'INV-2026-0005',
      'INV-2026-0006',
    ]);
    const billing = await world.billingOf(
      clients.flatMap((client) => client.entryIds),
    );
    clients.forEach((client, index) => {
      for (const entryId of client.entryIds)
        expect(billing.get(entryId)).toEqual({
          kind: 'invoice',
          invoiceId: drafts[index]?.invoiceId,
        });
    });
  });

  it('bills an entry on two drafts once: the other issue is refused and takes no number', async () => {
    const { clientId, entryIds } = await clientWithEntries();
    const first = await draftFor(clientId);
    const second = await draftFor(clientId);
    const answers: TestResponse[] = await Promise.all([
      issue(first),
      issue(second),
    ]);
    const statuses = answers.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = answers.find((response) => response.status === 200);
    const loser = answers.find((response) => response.status === 409);
    expect(loser?.body.code).toBe('ENTRIES_ALREADY_BILLED');
    expect(winner?.body.number).toBe('INV-2026-0007');
    const billing = await world.billingOf(entryIds);
    for (const entryId of entryIds)
      expect(billing.get(entryId)).toEqual({
        kind: 'invoice',
        invoiceId: winner?.body.invoiceId,
      });
    expect(await assignedSequences()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const events: { n: string }[] = await api.dataSource.query(
      `select count(*) as n from tt_time_entries where entry_id = any($1::uuid[]) and billing is not null`,
      [entryIds],
    );
    expect(Number(events[0]?.n)).toBe(entryIds.length);
  });
});
