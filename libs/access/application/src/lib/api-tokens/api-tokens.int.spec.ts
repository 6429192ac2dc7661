import {
  AccessTestApp,
  getJson,
  postJson,
  recreateDatabase,
  requestJson,
  startAccessTestApp,
} from '../../testing/access-test-app';
import {
  registerMemberWithAccount,
  TestMember,
} from '../../testing/organisation-events';

describe('personal API tokens (real PostgreSQL)', () => {
  let api: AccessTestApp;
  let owner: TestMember;
  let session: string;

  beforeAll(async () => {
    api = await startAccessTestApp({
      databaseUrl: await recreateDatabase('billing_access_test_api_tokens'),
    });
    owner = await registerMemberWithAccount(api, 'Ian Integrator', ['finance']);
    session = (
      await postJson(`${api.baseUrl}/auth/login`, {
        email: owner.email,
        password: owner.password,
      })
    ).body.accessToken;
  });

  afterAll(async () => {
    await api?.close();
  });

  const tokensUrl = () => `${api.baseUrl}/auth/api-tokens`;

  it('shows the secret once, stores only its hash, authenticates as the member, and revoking stops it at once', async () => {
    const created = await postJson(
      tokensUrl(),
      { name: 'Payroll export' },
      session,
    );
    expect(created).toEqual({
      status: 201,
      body: {
        id: expect.any(String),
        name: 'Payroll export',
        token: expect.stringMatching(/^llt_[\w-]{43}$/),
        createdAt: expect.any(String),
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      },
    });
    const secret: string = created.body.token;
    const stored: { token_hash: string }[] = await api.dataSource.query(
      'SELECT token_hash FROM auth_api_tokens WHERE id = $1',
      [created.body.id],
    );
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const me = await getJson(`${api.baseUrl}/auth/me`, secret);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      memberId: owner.memberId,
      roles: ['finance'],
    });
    expect(me.body.permissions).toContain('billing.issue');
    expect(me.body.permissions).not.toContain('members.manage');

    const listed = await getJson(tokensUrl(), session);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      {
        id: created.body.id,
        name: 'Payroll export',
        createdAt: created.body.createdAt,
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('llt_');

    const revoked = await requestJson(
      'DELETE',
      `${tokensUrl()}/${created.body.id}`,
      {
        token: session,
      },
    );
    expect(revoked.status).toBe(204);
    expect((await getJson(`${api.baseUrl}/auth/me`, secret)).status).toBe(401);
  });

  it('refuses an expired token, and an expiry in the past when creating', async () => {
    const pastExpiry = await postJson(
      tokensUrl(),
      { name: 'Old', expiresAt: '2020-01-01T00:00:00Z' },
      session,
    );
    expect(pastExpiry.status).toBe(400);
    expect(pastExpiry.body.fields).toEqual([
      { path: 'expiresAt', reason: 'must be in the future' },
    ]);

    const created = await postJson(
      tokensUrl(),
      {
        name: 'Short-lived',
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      },
      session,
    );
    expect(created.status).toBe(201);
    expect(
      (await getJson(`${api.baseUrl}/auth/me`, created.body.token)).status,
    ).toBe(200);
    await api.dataSource.query(
      `UPDATE auth_api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [created.body.id],
    );
    expect(
      (await getJson(`${api.baseUrl}/auth/me`, created.body.token)).status,
    ).toBe(401);
  });

  it('answers 400 naming the field for bad input, never a 500', async () => {
    const noName = await postJson(
      tokensUrl(),
      { expiresAt: 'tomorrow' },
      session,
    );
    expect(noName.status).toBe(400);
    const paths = noName.body.fields.map(
      (field: { path: string }) => field.path,
    );
    expect([...new Set(paths)].sort()).toEqual(['expiresAt', 'name']);
    const badId = await requestJson('DELETE', `${tokensUrl()}/not-a-uuid`, {
      token: session,
    });
    expect(badId).toEqual({
      status: 400,
      body: expect.objectContaining({
        fields: [{ path: 'id', reason: 'must be a UUID' }],
      }),
    });
    expect(
      (await getJson(`${api.baseUrl}/auth/me`, 'llt_unknown')).status,
    ).toBe(401);
  });

  it("cannot revoke someone else's token, and an API token cannot mint another one", async () => {
    const other = await registerMemberWithAccount(api, 'Olga Other', [
      'member',
    ]);
    const otherSession = (
      await postJson(`${api.baseUrl}/auth/login`, {
        email: other.email,
        password: other.password,
      })
    ).body.accessToken;
    const mine = await postJson(tokensUrl(), { name: 'Mine' }, session);
    const theirAttempt = await requestJson(
      'DELETE',
      `${tokensUrl()}/${mine.body.id}`,
      {
        token: otherSession,
      },
    );
    expect(theirAttempt.status).toBe(404);
    expect((await getJson(tokensUrl(), otherSession)).body).toEqual([]);

    const minted = await postJson(
      tokensUrl(),
      { name: 'Child' },
      mine.body.token,
    );
    expect(minted.status).toBe(403);
    expect(minted.body).toMatchObject({
      error: 'FORBIDDEN',
      reason:
        'API tokens are created from a signed-in session, not with another API token',
    });
  });
});
