import { signJwt, verifyJwt } from './hs256-jwt';

describe('HS256 JWT', () => {
  const secret = 'x'.repeat(32);
  const claims = { sub: 'account-1', iat: 1000, exp: 1900, roles: ['admin'] };

  it('verifies what it signed until it expires', () => {
    const token = signJwt(claims, secret);
    expect(verifyJwt(token, secret, 1899)).toEqual(claims);
    expect(verifyJwt(token, secret, 1900)).toBeUndefined();
  });

  it('refuses another secret, a changed payload and alg "none"', () => {
    const [header, , signature] = signJwt(claims, secret).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...claims, roles: ['admin', 'finance'] }),
    ).toString('base64url');
    const noneHeader = Buffer.from(
      JSON.stringify({ alg: 'none', typ: 'JWT' }),
    ).toString('base64url');
    expect(
      verifyJwt(signJwt(claims, 'y'.repeat(32)), secret, 1000),
    ).toBeUndefined();
    expect(
      verifyJwt(`${header}.${forgedPayload}.${signature}`, secret, 1000),
    ).toBeUndefined();
    expect(
      verifyJwt(`${noneHeader}.${forgedPayload}.`, secret, 1000),
    ).toBeUndefined();
    expect(verifyJwt('not-a-token', secret, 1000)).toBeUndefined();
  });
});
