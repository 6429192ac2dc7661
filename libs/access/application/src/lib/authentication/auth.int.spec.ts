import { PERMISSIONS } from '@billing/access/domain';
import {
  AccessTestApp,
  getJson,
  postJson,
  recreateDatabase,
  startAccessTestApp,
} from '../../testing/access-test-app';
import { MAX_FAILED_LOGINS } from './login-attempt-limiter';

describe('auth endpoints (real PostgreSQL)', () => {
  const admin = {
    email: 'first.admin@example.com',
    password: 'a-long-test-password',
  };
  let api: AccessTestApp;

  beforeAll(async () => {
    const databaseUrl = await recreateDatabase('billing_access_test_auth');
    api = await startAccessTestApp({
      databaseUrl,
      env: {
        SEED_ADMIN_EMAIL: admin.email,
        SEED_ADMIN_PASSWORD: admin.password,
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const login = (body: unknown) => postJson(`${api.baseUrl}/auth/login`, body);
  const refresh = (refreshToken: string) =>
    postJson(`${api.baseUrl}/auth/refresh`, { refreshToken });

  it('logs the seeded admin in (e-mail case does not matter) and returns tokens and the user', async () => {
    const { status, body } = await login({
      email: admin.email.toUpperCase(),
      password: admin.password,
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: {
        id: expect.any(String),
        memberId: body.user.id,
        email: admin.email,
        name: 'Administrator',
        roles: ['admin'],
      },
    });
    const me = await getJson(`${api.baseUrl}/auth/me`, body.accessToken);
    expect(me).toEqual({
      status: 200,
      body: { ...body.user, permissions: [...PERMISSIONS] },
    });
  });

  it('answers 401 with the same body for a wrong password and for an unknown e-mail', async () => {
    const wrongPassword = await login({
      email: admin.email,
      password: 'not-the-password',
    });
    const unknownEmail = await login({
      email: 'nobody@example.com',
      password: 'not-the-password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail).toEqual(wrongPassword);
    expect(wrongPassword.body).toEqual({
      error: 'INVALID_CREDENTIALS',
      message: 'Invalid e-mail or password',
    });
  });

  it('refuses /auth/me without a valid access token', async () => {
    expect((await getJson(`${api.baseUrl}/auth/me`)).status).toBe(401);
    expect((await getJson(`${api.baseUrl}/auth/me`, 'a.b.c')).status).toBe(401);
  });

  it('refuses unknown fields with a 400 naming the field', async () => {
    const { status, body } = await login({ ...admin, rememberMe: true });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: 'VALIDATION_FAILED',
      fields: [
        { path: 'rememberMe', reason: expect.stringContaining('rememberMe') },
      ],
    });
  });

  it(`blocks an e-mail after ${MAX_FAILED_LOGINS} failed logins with 429, even with the right password`, async () => {
    const target = {
      email: 'nobody.ratelimited@example.com',
      password: 'wrong-password',
    };
    for (let attempt = 1; attempt <= MAX_FAILED_LOGINS; attempt++) {
      expect((await login(target)).status).toBe(401);
    }
    const blocked = await login(target);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({
      error: 'TOO_MANY_LOGIN_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
    // Other e-mails from the same address are not affected.
    expect((await login(admin)).status).toBe(200);
  });

  it('rotates the refresh token: the new one works, the spent one is refused and its reuse revokes the family', async () => {
    const first = (await login(admin)).body;
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.user.email).toBe(admin.email);

    const replay = await refresh(first.refreshToken);
    expect(replay).toEqual({
      status: 401,
      body: { error: 'INVALID_REFRESH_TOKEN', message: expect.any(String) },
    });
    // The replay of a spent token revoked the tokens issued from it too.
    expect((await refresh(second.body.refreshToken)).status).toBe(401);
  });

  it('logout revokes the refresh token (204), after which it cannot be used', async () => {
    const session = (await login(admin)).body;
    const logout = await postJson(`${api.baseUrl}/auth/logout`, {
      refreshToken: session.refreshToken,
    });
    expect(logout.status).toBe(204);
    expect((await refresh(session.refreshToken)).status).toBe(401);
  });

  it('does not create a second admin when accounts exist (seed runs only on an empty table)', async () => {
    await api.close();
    api = await startAccessTestApp({
      databaseUrl: api.config.databaseUrl,
      env: {
        SEED_ADMIN_EMAIL: 'other.admin@example.com',
        SEED_ADMIN_PASSWORD: 'another-password',
      },
    });
    expect(
      (
        await login({
          email: 'other.admin@example.com',
          password: 'another-password',
        })
      ).status,
    ).toBe(401);
    expect((await login(admin)).status).toBe(200);
  });
});
