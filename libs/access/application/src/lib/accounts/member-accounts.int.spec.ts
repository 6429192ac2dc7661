import { randomUUID } from 'node:crypto';
import { ConflictError, ValidationError } from '@billing/shared/kernel';
import { ensureDatabaseExists } from '@billing/shared/nest';
import {
  AccessTestApp,
  postJson,
  recreateDatabase,
  startAccessTestApp,
  startAll,
} from '../../testing/access-test-app';
import { registerMemberWithAccount } from '../../testing/organisation-events';
import { MemberAccounts } from './member-accounts';
import { seedAdminMemberId, SEED_ACTOR } from './first-admin-seeder';

describe('member accounts and the first-admin seed (real PostgreSQL)', () => {
  const seed = {
    email: 'Seed.Admin@Example.com',
    password: 'seed-admin-password',
  };
  let api: AccessTestApp;

  beforeAll(async () => {
    api = await startAccessTestApp({
      databaseUrl: await recreateDatabase('billing_access_test_accounts'),
      env: { SEED_ADMIN_EMAIL: seed.email, SEED_ADMIN_PASSWORD: seed.password },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const accounts = () => api.app.get(MemberAccounts);
  const login = (email: string, password: string) =>
    postJson(`${api.baseUrl}/auth/login`, { email, password });

  it('seeds the first admin as a member-registered event by system:seed, linked to its account', async () => {
    const memberId = seedAdminMemberId(seed.email);
    const stream = await api.eventStore.readStream(`member-${memberId}`);
    expect(stream.kind).toBe('found');
    const events = [];
    if (stream.kind === 'found')
      for await (const event of stream.events) events.push(event);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'member-registered',
      data: {
        memberId,
        name: 'Administrator',
        email: 'seed.admin@example.com',
        roles: ['admin'],
      },
      metadata: { actor: SEED_ACTOR },
    });
    expect(JSON.stringify(events[0])).not.toContain(seed.password);
    const session = await login(seed.email, seed.password);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ memberId, roles: ['admin'] });
  });

  it('seeding again, also from two instances at once, changes nothing', async () => {
    const again = await startAll([
      () =>
        startAccessTestApp({
          databaseUrl: api.config.databaseUrl,
          env: {
            SEED_ADMIN_EMAIL: seed.email,
            SEED_ADMIN_PASSWORD: seed.password,
          },
        }),
      () =>
        startAccessTestApp({
          databaseUrl: api.config.databaseUrl,
          env: {
            SEED_ADMIN_EMAIL: seed.email,
            SEED_ADMIN_PASSWORD: seed.password,
          },
        }),
    ]);
    await Promise.all(again.map((instance) => instance.close()));
    const counts: { accounts: string; events: string }[] =
      await api.dataSource.query(
        `SELECT (SELECT count(*) FROM auth_accounts) AS accounts,
              (SELECT count(*) FROM access_members) AS events`,
      );
    expect(counts[0]).toEqual({ accounts: '1', events: '1' });
  });

  it('two instances seeding an empty database at once register one admin', async () => {
    const databaseUrl = await recreateDatabase(
      'billing_access_test_accounts_race',
    );
    await ensureDatabaseExists(databaseUrl); // the race under test is the seed's, not the database creation's
    const env = {
      SEED_ADMIN_EMAIL: 'race@example.com',
      SEED_ADMIN_PASSWORD: 'race-password',
    };
    const instances = await startAll([
      () => startAccessTestApp({ databaseUrl, env }),
      () => startAccessTestApp({ databaseUrl, env }),
    ]);
    try {
      const rows: { member_id: string }[] = await instances[0].dataSource.query(
        'SELECT member_id FROM auth_accounts',
      );
      expect(rows).toEqual([
        { member_id: seedAdminMemberId('race@example.com') },
      ]);
      expect(
        (
          await postJson(`${instances[1].baseUrl}/auth/login`, {
            email: env.SEED_ADMIN_EMAIL,
            password: env.SEED_ADMIN_PASSWORD,
          })
        ).status,
      ).toBe(200);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });

  it('createForMember refuses an e-mail that already has an account (409) and a short password (400)', async () => {
    const existing = await registerMemberWithAccount(api, 'Erin Existing', [
      'member',
    ]);
    await expect(
      accounts().createForMember({
        memberId: randomUUID(),
        email: existing.email.toUpperCase(),
        name: 'Copy',
        password: 'long-enough-password',
      }),
    ).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'ACCOUNT_EMAIL_TAKEN',
    });
    await expect(
      accounts().createForMember({
        memberId: existing.memberId,
        email: 'another@example.com',
        name: 'Again',
        password: 'long-enough-password',
      }),
    ).rejects.toMatchObject({ code: 'MEMBER_ALREADY_HAS_ACCOUNT' });
    await expect(
      accounts().createForMember({
        memberId: randomUUID(),
        email: 'short@example.com',
        name: 'Short',
        password: 'short',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('setPassword replaces the password and ends the sessions', async () => {
    const member = await registerMemberWithAccount(api, 'Pat Password', [
      'member',
    ]);
    const before = await login(member.email, member.password);
    await accounts().setPassword(member.memberId, 'a-brand-new-password');
    expect((await login(member.email, member.password)).status).toBe(401);
    expect((await login(member.email, 'a-brand-new-password')).status).toBe(
      200,
    );
    const refreshed = await postJson(`${api.baseUrl}/auth/refresh`, {
      refreshToken: before.body.refreshToken,
    });
    expect(refreshed.status).toBe(401);
    await expect(
      accounts().setPassword(randomUUID(), 'whatever-password'),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
