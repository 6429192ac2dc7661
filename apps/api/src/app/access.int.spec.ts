import { findUndeclaredRoutes } from '@billing/access/application';
import {
  getJson,
  postJson,
  recreateDatabase,
  startTestApi,
  TestApi,
} from '../testing/test-api';

describe('access in the composed api (real PostgreSQL)', () => {
  const admin = { email: 'api.admin@example.com', password: 'api-admin-password' };
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      DATABASE_URL: await recreateDatabase('billing_api_test_access'),
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('every route is @Public or declares a permission (or @AuthenticatedOnly)', () => {
    expect(findUndeclaredRoutes(api.app)).toEqual([]);
  });

  it('the seeded admin logs in and /auth/me lists the permissions', async () => {
    const login = await postJson(`${api.baseUrl}/auth/login`, admin);
    expect(login.status).toBe(200);
    const me = await getJson(`${api.baseUrl}/auth/me`, {
      authorization: `Bearer ${login.body.accessToken}`,
    });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: admin.email,
      roles: ['admin'],
      memberId: login.body.user.memberId,
    });
    expect(me.body.permissions).toContain('members.manage');
  });
});
