import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AUDIT_SEAL_STREAM } from '@billing/audit/contracts';
import { request } from '@billing/shared/testing';
import { ChainSealer } from '../sealing/chain-sealer';
import { loggedInMember, recreateDatabase, startAuditTestApp, type AuditTestApp } from '../../testing/audit-test-app';
import { asSuperuserBehindTheStore } from '../../testing/superuser';
import { writeEditedEntry, type EntryFixture } from './time-entry-fixture';

jest.setTimeout(60_000);

describe('seals of the chain heads (real PostgreSQL)', () => {
  let testApp: AuditTestApp;
  let auditor: { token: string };
  let entry: EntryFixture;
  let untouched: EntryFixture;

  const verify = (body: object) => request('POST', `${testApp.baseUrl}/audit/verify`, { token: auditor.token, body });

  /** `tools/audit-cli verify` against the test database: exit code and its one JSON line. */
  const cliVerify = (args: string[]) =>
    new Promise<{ code: number; result: { ok: boolean; seal: unknown } }>((resolve, reject) => {
      const cli = path.resolve(__dirname, '../../../../../../tools/audit-cli/run.mjs');
      execFile(process.execPath, [cli, 'verify', ...args], { env: { ...process.env, DATABASE_URL: testApp.config.databaseUrl }, timeout: 60_000 }, (error, stdout) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, result: JSON.parse(stdout) });
      });
    });

  beforeAll(async () => {
    testApp = await startAuditTestApp(await recreateDatabase('billing_audit_seal_test'));
    auditor = await loggedInMember(testApp, 'Auditor', ['auditor']);
    const member = randomUUID();
    entry = await writeEditedEntry(testApp.eventStore, member, randomUUID());
    untouched = await writeEditedEntry(testApp.eventStore, member, randomUUID());
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('has no seal to compare with before the first one', async () => {
    const response = await verify({});
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: true, firstBrokenLink: null, seal: null });
  });

  it('records every stream head in a signed seal event, listed for auditors', async () => {
    const seal = await testApp.app.get(ChainSealer).seal();
    const streams = Number((await testApp.dataSource.query("select count(distinct stream_name)::int as n from event_store.events where stream_name <> 'audit-seals'"))[0].n);
    expect(seal.streams).toBe(streams);
    expect(seal.signature).toMatch(/^[0-9a-f]{64}$/);
    const heads = await testApp.dataSource.query('select revision::int as revision, hash from audit_seal_heads where seal_id = $1 and stream = $2', [seal.sealId, entry.stream]);
    const [last] = await testApp.dataSource.query('select hash from event_store.events where stream_name = $1 and revision = 2', [entry.stream]);
    expect(heads).toEqual([{ revision: 2, hash: last.hash }]);

    const listed = await request('GET', `${testApp.baseUrl}/audit/seals`, { token: auditor.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items[0]).toEqual(seal);

    const response = await verify({});
    expect(response.body).toMatchObject({ ok: true, firstBrokenLink: null, seal: { sealId: seal.sealId, ok: true, signatureValid: true, digestValid: true, problemsFound: 0, streamsChecked: streams } });
  });

  it('keeps only the latest seal heads, and a later seal covers the new events', async () => {
    const sealer = testApp.app.get(ChainSealer);
    const first = await sealer.seal();
    const later = await writeEditedEntry(testApp.eventStore, randomUUID(), randomUUID());
    const second = await sealer.seal();
    expect(second.streams).toBe(first.streams + 1);
    expect(BigInt(second.position)).toBeGreaterThan(BigInt(first.position));
    const sealIds = await testApp.dataSource.query('select distinct seal_id::text as id from audit_seal_heads');
    expect(sealIds).toEqual([{ id: second.sealId }]);
    expect((await verify({ stream: later.stream })).body).toMatchObject({ ok: true, seal: { ok: true, streamsChecked: 1 } });
  });

  it("detects a stream's last event deleted by a superuser: the chain still links, the seal names the missing revision", async () => {
    await testApp.app.get(ChainSealer).seal();
    await asSuperuserBehindTheStore(testApp.config.databaseUrl, (client) => client.query('delete from event_store.events where stream_name = $1 and revision = 2', [entry.stream]));

    const problem = { stream: entry.stream, sealedRevision: 2, actualRevision: 1, missingRevision: 2 };
    const oneStream = await verify({ stream: entry.stream });
    expect(oneStream.body).toMatchObject({ ok: false, firstBrokenLink: null, eventsChecked: 2, seal: { ok: false, problemsFound: 1, problems: [problem] } });
    expect(oneStream.body.seal.problems[0].reason).toContain('revision 2');

    const everything = await verify({});
    expect(everything.body).toMatchObject({ ok: false, firstBrokenLink: null, seal: { ok: false, signatureValid: true, digestValid: true, problemsFound: 1, problems: [problem] } });
    expect((await verify({ stream: untouched.stream })).body).toMatchObject({ ok: true, seal: { ok: true } });

    // The command-line verifier reads the store directly and reaches the same verdict through the same seal check.
    const cli = await cliVerify(['--stream', entry.stream]);
    expect(cli.code).toBe(1);
    expect(cli.result).toMatchObject({ ok: false, seal: { ok: false, signatureValid: true, digestValid: true, problemsFound: 1, problems: [problem] } });
   }, 150_000);

  it('detects sealed heads rewritten to match the shortened stream, and a forged seal event', async () => {
    await asSuperuserBehindTheStore(testApp.config.databaseUrl, (client) =>
      client.query(
        `update audit_seal_heads h set revision = 1, hash = e.hash from event_store.events e
          where h.stream = $1 and e.stream_name = $1 and e.revision = 1`,
        [entry.stream],
      ),
    );
    const rewritten = await verify({});
    expect(rewritten.body).toMatchObject({ ok: false, seal: { ok: false, digestValid: false, signatureValid: true, problemsFound: 0 } });

    await asSuperuserBehindTheStore(testApp.config.databaseUrl, (client) =>
      client.query(
        `update event_store.events set data = jsonb_set(data, '{streams}', '1')
          where stream_name = $1 and revision = (select max(revision) from event_store.events where stream_name = $1)`,
        [AUDIT_SEAL_STREAM],
      ),
    );
    const forged = await verify({});
    expect(forged.body).toMatchObject({ ok: false, seal: { ok: false, signatureValid: false }, firstBrokenLink: { stream: AUDIT_SEAL_STREAM, reason: 'content does not match its hash' } });
  });
});
