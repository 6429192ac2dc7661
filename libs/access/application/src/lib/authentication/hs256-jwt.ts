import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = Buffer.from(
  JSON.stringify({ alg: 'HS256', typ: 'JWT' }),
).toString('base64url');

export interface JwtClaims {
  sub: string;
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

const signatureOf = (signingInput: string, secret: string): Buffer =>
  createHmac('sha256', secret).update(signingInput).digest();

/** A compact HS256 JSON Web Token. */
export function signJwt(claims: JwtClaims, secret: string): string {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${signatureOf(signingInput, secret).toString('base64url')}`;
}

/** Returns the claims when the token is an HS256 JWT signed with `secret` and not expired at `nowSeconds`. */
export function verifyJwt(
  token: string,
  secret: string,
  nowSeconds: number,
): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) return undefined; // pins alg=HS256: no "none", no algorithm confusion
  const expected = signatureOf(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return undefined;
  try {
    const claims = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as Partial<JwtClaims>;
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.exp !== 'number' ||
      claims.exp <= nowSeconds
    )
      return undefined;
    return claims as JwtClaims;
  } catch {
    return undefined;
  }
}
