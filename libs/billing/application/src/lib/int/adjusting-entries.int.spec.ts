import { type BillingTestApp, recreateDatabase, startBillingTestApp } from '../../testing/billing-test-app';
import { BillingWorld, type TestMember } from '../../testing/billing-world';

/**
 * An hourly invoice draws adjusting entries through the same path as any entry (billable, unbilled, finished rows of
 * time tracking on the run's days): a correction posted into April changes April's draft by exactly its signed
 * seconds and cents, and March's draft not at all.
 */
describe('adjusting entries on hourly invoices (real PostgreSQL)', () => {
  let api: BillingTestApp;
  let world: BillingWorld;
  let finance: TestMember;
  let alice: TestMember;
  let clientId: string;
  let march: string;
  let april: string;

  beforeAll(async () => {
    api = await startBillingTestApp({ databaseUrl: await recreateDatabase('billing_adjust_billing_test'), now: '2026-04-02T09:00:00Z' });
    world = new BillingWorld(api);
    await world.setUp('UTC');
    finance = await world.member('Fay Finance', ['finance']);
    alice = await world.member('Alice Member', ['member']);
    clientId = await world.client({ taxRateBasisPoints: 1900 });
    const { projectId } = await world.project({ clientId, memberIds: [alice.memberId] });
    const rate = await world.call('POST', '/rates/billable', finance, {
      scope: { level: 'project', projectId },
      rateMinorPerHour: 12_000,
      currency: 'EUR',
      validFrom: '2026-03-01',
    });
    expect(rate.status).toBe(200);
    march = await world.entry(alice, { projectId, startedAt: '2026-03-10T09:00:00Z', durationSeconds: 1_801 });
    april = await world.entry(alice, { projectId, startedAt: '2026-04-02T08:00:00Z', durationSeconds: 3_600 });
    // March closed, as the month-end close writes it into time tracking's lock table.
    await api.dataSource.query(`insert into tt_closed_periods (month, team_id) values ('2026-03', null)`);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  it('a -1,801 s correction of March lowers the April draft by 1,801 s and 6,003 cents and is billed with it; the March draft is unchanged', async () => {
    const posted = await world.call('POST', `/time-entries/${march}/adjustments`, finance, { durationSeconds: -1_801, reason: 'Not worked' });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ day: '2026-04-01', durationSeconds: -1_801, source: 'adjustment' });

    const aprilRun = await world.call('POST', '/billing/runs', finance, { clientId, from: '2026-04-01', to: '2026-04-30' });
    expect(aprilRun.status).toBe(201);
    const aprilDraft = aprilRun.body.invoice;
    expect([...aprilDraft.coveredEntryIds].sort()).toEqual([april, posted.body.id].sort());
    // 3,600 s x 12000 / 3600 = 12000; -1,801 s -> -6003.33 -> -6003; Alice's line: 1,799 s, 5997
    expect(aprilDraft.lines.map((line: { quantity: { value: number } }) => line.quantity.value)).toEqual([1_799]);
    expect(aprilDraft.totals.subtotal.amountMinor).toBe(12_000 - 6_003);
    // Issued, the invoice marks the adjustment billed like any entry it covers.
    const issued = await world.call('POST', `/invoices/${aprilDraft.invoiceId}/issue`, finance, {}, { 'If-Match': `"${aprilDraft.revision}"` });
    expect(issued.status).toBe(200);
    const billing = await world.billingOf([april, posted.body.id]);
    expect(billing.get(posted.body.id)).toEqual({ kind: 'invoice', invoiceId: aprilDraft.invoiceId });
    expect(billing.get(april)).toEqual({ kind: 'invoice', invoiceId: aprilDraft.invoiceId });

    const marchRun = await world.call('POST', '/billing/runs', finance, { clientId, from: '2026-03-01', to: '2026-03-31' });
    expect(marchRun.status).toBe(201);
    // 1,801 s x 12000 / 3600 = 6003.33 -> 6003: the March entry as it was closed
    expect(marchRun.body.invoice.coveredEntryIds).toEqual([march]);
    expect(marchRun.body.invoice.totals.subtotal.amountMinor).toBe(6_003);
  });
});
