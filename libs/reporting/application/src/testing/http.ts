import { MemberAccounts } from '@billing/access/application';
import type { ReportTestApp } from './report-test-app';

/** Test responses are read loosely; the assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export interface TestResponse {
  status: number;
  body: LooseJson;
}

export async function request(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  options: { token?: string; body?: unknown } = {},
): Promise<TestResponse> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.body === undefined
        ? {}
        : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body === undefined
      ? {}
      : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: LooseJson = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** A login for a member whose `member-registered` event the access projection has applied. */
export async function loginAs(
  testApp: ReportTestApp,
  memberId: string,
  name: string,
): Promise<string> {
  const email = `${memberId}@example.com`;
  const password = `${name}-password-123`;
  await testApp.app
    .get(MemberAccounts)
    .createForMember({ memberId, email, name, password });
  const login = await request('POST', `${testApp.baseUrl}/auth/login`, {
    body: { email, password },
  });
  if (login.status !== 200)
    throw new Error(
      `login of ${email} failed: ${login.status} ${JSON.stringify(login.body)}`,
    );
  return login.body.accessToken as string;
}
