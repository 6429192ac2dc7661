import { Controller, Get, Inject, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import type { Principal } from '@billing/access/domain';
import {
  AccessTestApp,
  getJson,
  postJson,
  recreateDatabase,
  startAccessTestApp,
} from '../../testing/access-test-app';
import {
  executeMemberCommand,
  registerMemberWithAccount,
  TestMember,
} from '../../testing/organisation-events';
import { asId } from '@billing/shared/kernel';
import { RequirePermission } from './access-requirement';
import { AccessPolicy } from './access-policy';
import { CurrentPrincipal } from './current-principal.decorator';
import { findUndeclaredRoutes } from './undeclared-routes';

const PROBE_STREAM = `probe-${randomUUID()}`;

@Controller('probe')
class ProbeController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly policy: AccessPolicy,
  ) {}

  /** Appends an event when it runs, so a refusal can be shown to append nothing. */
  @RequirePermission('members.manage')
  @Post('members')
  async manageMembers(): Promise<{ appended: true }> {
    await this.store.append(
      PROBE_STREAM,
      [
        {
          id: randomUUID(),
          type: 'probe-written',
          data: {},
          metadata: {
            actor: 'test',
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
          },
        },
      ],
      'any',
    );
    return { appended: true };
  }

  @RequirePermission('time.read.any')
  @Get('time-scope')
  timeScope(@CurrentPrincipal() principal: Principal) {
    return this.policy.queryScope(principal, 'time.read.any');
  }

  @Get('undeclared')
  undeclared(): string {
    return 'should never be reached';
  }
}

describe('permission guard (real PostgreSQL)', () => {
  let api: AccessTestApp;
  let finance: TestMember;
  let member: TestMember;

  beforeAll(async () => {
    api = await startAccessTestApp({
      databaseUrl: await recreateDatabase('billing_access_test_guard'),
      controllers: [ProbeController],
    });
    finance = await registerMemberWithAccount(api, 'Fiona Finance', [
      'finance',
    ]);
    member = await registerMemberWithAccount(api, 'Mo Member', ['member']);
  });

  afterAll(async () => {
    await api?.close();
  });

  const accessTokenOf = async (who: TestMember): Promise<string> => {
    const login = await postJson(`${api.baseUrl}/auth/login`, {
      email: who.email,
      password: who.password,
    });
    expect(login.status).toBe(200);
    return login.body.accessToken;
  };
  const probeEvents = async () => {
    const result = await api.eventStore.readStream(PROBE_STREAM);
    if (result.kind !== 'found') return 0;
    let count = 0;
    for await (const _ of result.events) count++;
    return count;
  };

  it('answers 403 naming the missing permission and the reason, and appends nothing', async () => {
    const refused = await postJson(
      `${api.baseUrl}/probe/members`,
      {},
      await accessTokenOf(finance),
    );
    expect(refused).toEqual({
      status: 403,
      body: {
        error: 'FORBIDDEN',
        message: 'Forbidden: missing permission members.manage',
        missingPermission: 'members.manage',
        reason: 'roles finance do not grant members.manage',
      },
    });
    expect(await probeEvents()).toBe(0);
  });

  it('lets a role holding the permission through', async () => {
    const admin = await registerMemberWithAccount(api, 'Ada Admin', ['admin']);
    const allowed = await postJson(
      `${api.baseUrl}/probe/members`,
      {},
      await accessTokenOf(admin),
    );
    expect(allowed).toEqual({ status: 201, body: { appended: true } });
    expect(await probeEvents()).toBe(1);
  });

  it('refuses a route that declares no permission, even for an admin', async () => {
    const admin = await registerMemberWithAccount(api, 'Al Admin', ['admin']);
    const refused = await getJson(
      `${api.baseUrl}/probe/undeclared`,
      await accessTokenOf(admin),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: 'FORBIDDEN',
      missingPermission: null,
      reason: expect.stringContaining(
        'ProbeController.undeclared declares no permission',
      ),
    });
    expect(findUndeclaredRoutes(api.app)).toEqual([
      'ProbeController.undeclared',
    ]);
  });

  it('still asks for authentication first (401 before 403)', async () => {
    expect((await postJson(`${api.baseUrl}/probe/members`, {})).status).toBe(
      401,
    );
    expect((await getJson(`${api.baseUrl}/probe/undeclared`)).status).toBe(401);
  });

  it('takes roles from the member events: a role change applies to a token issued before it', async () => {
    const token = await accessTokenOf(member);
    expect(
      (await getJson(`${api.baseUrl}/probe/time-scope`, token)).status,
    ).toBe(403);
    await executeMemberCommand(api, {
      type: 'change-member-roles',
      data: {
        memberId: asId<'Member'>(member.memberId),
        roles: ['member', 'auditor'],
      },
    });
    expect(await getJson(`${api.baseUrl}/probe/time-scope`, token)).toEqual({
      status: 200,
      body: { kind: 'all' },
    });
    const me = await getJson(`${api.baseUrl}/auth/me`, token);
    expect(me.body.roles).toEqual(['member', 'auditor']);
    expect(me.body.permissions).toContain('audit.read');
    expect(me.body.permissions).not.toContain('time.write.any');
  });

  describe('a deactivated member is locked out at once', () => {
    let leaver: TestMember;
    let session: { accessToken: string; refreshToken: string };

    beforeAll(async () => {
      leaver = await registerMemberWithAccount(api, 'Lee Leaver', ['member']);
      session = (
        await postJson(`${api.baseUrl}/auth/login`, {
          email: leaver.email,
          password: leaver.password,
        })
      ).body;
      expect(
        (await getJson(`${api.baseUrl}/auth/me`, session.accessToken)).status,
      ).toBe(200);
      await executeMemberCommand(api, {
        type: 'deactivate-member',
        data: { memberId: asId<'Member'>(leaver.memberId) },
      });
    });

    it('their access token stops working', async () => {
      expect(
        await getJson(`${api.baseUrl}/auth/me`, session.accessToken),
      ).toEqual({
        status: 401,
        body: {
          error: 'UNAUTHORIZED',
          message: 'The member is deactivated or unknown',
        },
      });
    });

    it('they cannot refresh', async () => {
      const refreshed = await postJson(`${api.baseUrl}/auth/refresh`, {
        refreshToken: session.refreshToken,
      });
      expect(refreshed.status).toBe(401);
      expect(refreshed.body.error).toBe('INVALID_REFRESH_TOKEN');
    });

    it('they cannot log in (same answer as a wrong password), until reactivated', async () => {
      const login = () =>
        postJson(`${api.baseUrl}/auth/login`, {
          email: leaver.email,
          password: leaver.password,
        });
      expect(await login()).toEqual({
        status: 401,
        body: {
          error: 'INVALID_CREDENTIALS',
          message: 'Invalid e-mail or password',
        },
      });
      await executeMemberCommand(api, {
        type: 'reactivate-member',
        data: { memberId: asId<'Member'>(leaver.memberId) },
      });
      expect((await login()).status).toBe(200);
    });
  });
});
