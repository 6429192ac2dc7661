import {
  type BillingTestApp,
  recreateDatabase,
  startBillingTestApp,
} from '../../testing/billing-test-app';
import { BillingWorld, type TestMember } from '../../testing/billing-world';

/**
 * Finance's month on real PostgreSQL: a project rate, entries logged through time tracking, a billing run for the
 * client, a line edited, the invoice issued (entries billed and locked), voided (entries unbilled, number kept).
 */
describe('invoice lifecycle (real PostgreSQL)', () => {
  let api: BillingTestApp;
  let world: BillingWorld;
  let finance: TestMember;
  let alice: TestMember;
  let clientId: string;
  let projectId: string;
  let taskId: string;
  let entryIds: string[];

  beforeAll(async () => {
    api = await startBillingTestApp({
      databaseUrl: await recreateDatabase('billing_billing_test'),
      now: '2026-04-02T09:00:00Z',
    });
    world = new BillingWorld(api);
    await world.setUp('UTC');
    finance = await world.member('Fay Finance', ['finance']);
    alice = await world.member('Alice Member', ['member']);
    clientId = await world.client({ taxRateBasisPoints: 1900 });
    ({
      projectId,
      taskIds: [taskId = ''],
    } = await world.project({
      clientId,
      memberIds: [alice.memberId],
      taskNames: ['Design'],
    }));
    entryIds = [
      await world.entry(alice, {
        projectId,
        startedAt: '2026-03-10T09:00:00Z',
        durationSeconds: 5_400,
      }),
      await world.entry(alice, {
        projectId,
        taskId,
        startedAt: '2026-03-20T09:00:00Z',
        durationSeconds: 1_801,
      }),
    ];
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  it('sets a project rate and explains why it applies: no member-on-project rate, no task rate', async () => {
    const set = await world.call('POST', '/rates/billable', finance, {
      scope: { level: 'project', projectId },
      rateMinorPerHour: 12_000,
      currency: 'EUR',
      validFrom: '2026-03-01',
    });
    expect(set.status).toBe(200);
    expect(set.body.billable).toEqual([
      {
        key: `project:${projectId}`,
        scope: { level: 'project', projectId },
        history: [
          {
            validFrom: '2026-03-01',
            validUntil: null,
            ratePerHour: { amountMinor: 12_000, currency: 'EUR' },
          },
        ],
      },
    ]);
    const why = await world.call(
      'GET',
      `/time-entries/${entryIds[1]}/rate-explanation`,
      finance,
    );
    expect(why.status).toBe(200);
    expect(why.body).toMatchObject({
      status: 'found',
      appliedLevel: 'project',
      ratePerHour: { amountMinor: 12_000, currency: 'EUR' },
      validFrom: '2026-03-01',
      levelsWithoutRate: ['member-on-project', 'task'],
      // 1801 s x 12000 / 3600 = 6003.33 -> 6003
      amount: { amountMinor: 6_003, currency: 'EUR' },
    });
    expect(why.body.explanation).toContain('Project rate 120.00 EUR/h');
  });

  it('refuses bad input naming the field, and members on billing', async () => {
    const bad = await world.call('POST', '/rates/billable', finance, {
      scope: { level: 'project' },
      rateMinorPerHour: 1.5,
      currency: 'EUR',
      validFrom: '2026-3-1',
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body.fields ?? bad.body.errors ?? []).map(
      (field: { path: string }) => field.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'scope.projectId',
        'rateMinorPerHour',
        'validFrom',
      ]),
    );
    const wrongCurrency = await world.call('POST', '/rates/billable', finance, {
      scope: { level: 'project', projectId },
      rateMinorPerHour: 100,
      currency: 'USD',
      validFrom: '2026-03-05',
    });
    expect(wrongCurrency.status).toBe(400);
    expect(JSON.stringify(wrongCurrency.body)).toContain('currency');
    const run = await world.call('POST', '/billing/runs', finance, {
      clientId,
      from: '2026-03-01',
      to: 'march',
    });
    expect(run.status).toBe(400);
    expect(JSON.stringify(run.body)).toContain('"to"');
    expect(
      (
        await world.call('POST', '/billing/runs', alice, {
          clientId,
          from: '2026-03-01',
          to: '2026-03-31',
        })
      ).status,
    ).toBe(403);
    expect((await world.call('GET', '/invoices', alice)).status).toBe(403);
    expect((await world.call('GET', '/rates', alice)).status).toBe(403);
  });

  it('runs billing, edits a line, issues, locks the entries, voids and unlocks them', async () => {
    const run = await world.call('POST', '/billing/runs', finance, {
      clientId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(run.status).toBe(201);
    const draft = run.body.invoice;
    // 5400 s x 12000 / 3600 = 18000; 1801 s -> 6003.33 -> 6003; one line for Alice: 24003
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      coveredEntryIds: expect.arrayContaining(entryIds),
    });
    expect(draft.lines).toHaveLength(1);
    expect(draft.totals.subtotal.amountMinor).toBe(24_003);

    const edited = await world.call(
      'PATCH',
      `/invoices/${draft.invoiceId}/lines/L1`,
      finance,
      {
        description: 'Design work, March',
        discount: { kind: 'percent', basisPoints: 1000 },
      },
      { 'If-Match': `"${draft.revision}"` },
    );
    expect(edited.status).toBe(200);
    // discount round-half-up(24003 x 1000 / 10000) = 2400.3 -> 2400; subtotal 21603; tax 19 % = 4104.57 -> 4105; total 25708
    expect(edited.body.totals).toEqual({
      subtotal: { amountMinor: 21_603, currency: 'EUR' },
      tax: { amountMinor: 4_105, currency: 'EUR' },
      total: { amountMinor: 25_708, currency: 'EUR' },
    });
    const stale = await world.call(
      'POST',
      `/invoices/${draft.invoiceId}/issue`,
      finance,
      {},
      { 'If-Match': `"${draft.revision}"` },
    );
    expect(stale.status).toBe(409);

    const issued = await world.call(
      'POST',
      `/invoices/${draft.invoiceId}/issue`,
      finance,
      {},
      { 'If-Match': edited.headers.get('etag') ?? '' },
    );
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      status: 'issued',
      number: 'INV-2026-0001',
      issuedOn: '2026-04-02',
      totals: { total: { amountMinor: 25_708 } },
    });
    const pdf = await fetch(world.url(`/invoices/${draft.invoiceId}/pdf`), {
      headers: { authorization: `Bearer ${finance.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const billed = await world.billingOf(entryIds);
    for (const entryId of entryIds)
      expect(billed.get(entryId)).toEqual({
        kind: 'invoice',
        invoiceId: draft.invoiceId,
      });

    const entry = await world.call(
      'GET',
      `/time-entries/${entryIds[0]}`,
      alice,
    );
    const locked = await world.call(
      'PATCH',
      `/time-entries/${entryIds[0]}`,
      alice,
      { description: 'changed' },
      { 'If-Match': `"${entry.body.revision}"` },
    );
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('ENTRY_BILLED');

    const voided = await world.call(
      'POST',
      `/invoices/${draft.invoiceId}/void`,
      finance,
      { reason: 'wrong client address' },
      { 'If-Match': issued.headers.get('etag') ?? '' },
    );
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({
      status: 'voided',
      number: 'INV-2026-0001',
    });
    const unbilled = await world.billingOf(entryIds);
    for (const entryId of entryIds) expect(unbilled.get(entryId)).toBeNull();
    const again = await world.call(
      'GET',
      `/time-entries/${entryIds[0]}`,
      alice,
    );
    const editable = await world.call(
      'PATCH',
      `/time-entries/${entryIds[0]}`,
      alice,
      { description: 'changed' },
      { 'If-Match': `"${again.body.revision}"` },
    );
    expect(editable.status).toBe(200);

    const list = await world.call('GET', '/invoices', finance);
    expect(list.body).toEqual([
      expect.objectContaining({
        invoiceId: draft.invoiceId,
        status: 'voided',
        number: 'INV-2026-0001',
        totals: expect.objectContaining({
          total: { amountMinor: 25_708, currency: 'EUR' },
        }),
      }),
    ]);
  });

  it('marks entries billed by reference and back, idempotently', async () => {
    const marked = await world.call('POST', '/billing/mark-billed', finance, {
      selection: {
        from: '2026-03-01',
        to: '2026-03-31',
        clientIds: [clientId],
      },
      reference: 'EXT-42',
    });
    expect(marked.status).toBe(200);
    expect([...marked.body.changed].sort()).toEqual([...entryIds].sort());
    const retried = await world.call('POST', '/billing/mark-billed', finance, {
      entryIds,
      reference: 'EXT-42',
    });
    expect(retried.body).toMatchObject({ changed: [], refused: [] });
    const run = await world.call('POST', '/billing/runs', finance, {
      clientId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(run.status).toBe(422);
    const undone = await world.call('POST', '/billing/mark-unbilled', finance, {
      entryIds,
      reference: 'EXT-42',
    });
    expect([...undone.body.changed].sort()).toEqual([...entryIds].sort());
    const undoneAgain = await world.call(
      'POST',
      '/billing/mark-unbilled',
      finance,
      { entryIds, reference: 'EXT-42' },
    );
    expect(undoneAgain.body).toMatchObject({ changed: [], refused: [] });
    const billing = await world.billingOf(entryIds);
    for (const entryId of entryIds) expect(billing.get(entryId)).toBeNull();
  });

  it('audits billable entries without a rate and unbilled time by client and age', async () => {
    const otherClient = await world.client({ name: 'No Rate Ltd' });
    const { projectId: otherProject } = await world.project({
      clientId: otherClient,
      memberIds: [alice.memberId],
    });
    const withoutRate = await world.entry(alice, {
      projectId: otherProject,
      startedAt: '2026-01-15T09:00:00Z',
      durationSeconds: 3_600,
    });
    const audit = await world.call('GET', '/billing/audit', finance);
    expect(audit.status).toBe(200);
    expect(audit.body.asOf).toBe('2026-04-02');
    expect(audit.body.missingRates).toEqual([
      expect.objectContaining({
        entryId: withoutRate,
        projectId: otherProject,
        day: '2026-01-15',
        billableSeconds: 3_600,
      }),
    ]);
    const rated = audit.body.unbilled.find(
      (client: { clientId: string }) => client.clientId === clientId,
    );
    // 5400 s at 120.00/h = 18000; 1801 s = 6003; both within 30 days of 2 April
    expect(rated.buckets[0]).toEqual({
      bucket: '0-30',
      billableSeconds: 7_201,
      amount: { amountMinor: 24_003, currency: 'EUR' },
      entryCount: 2,
    });
    const unrated = audit.body.unbilled.find(
      (client: { clientId: string }) => client.clientId === otherClient,
    );
    // 15 January to 2 April: 16 + 28 + 31 + 2 = 77 days
    expect(unrated.buckets[2]).toEqual({
      bucket: '61-90',
      billableSeconds: 3_600,
      amount: { amountMinor: 0, currency: 'EUR' },
      entryCount: 1,
    });
    expect((await world.call('GET', '/billing/audit', alice)).status).toBe(403);
  });
});
