import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isUuid } from '@billing/shared/kernel';
import { AppConfig } from '@billing/shared/nest';

export interface LinkClaims {
  linkId: string;
  /** Unix seconds. */
  expiresAt: number;
}

const TOKEN_PATTERN = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/**
 * Shared-link tokens: `<linkId>.<expires unix seconds>.<HMAC-SHA256 base64url>`, keyed by a key derived from the
 * server's token secret for this purpose only. The row decides revocation; the signature keeps ids and expiry from
 * being guessed or stretched.
 */
@Injectable()
export class LinkTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.auth.tokenSecret)
      .update('billing:reporting:shared-report-links:v1')
      .digest();
  }

  sign(claims: LinkClaims): string {
    const payload = `${claims.linkId}.${claims.expiresAt}`;
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claims of an authentic token, or undefined (tampered, malformed). Expiry is the caller's to check. */
  verify(token: string): LinkClaims | undefined {
    const match = TOKEN_PATTERN.exec(token);
    if (match === null) return undefined;
    const [, linkId = '', expires = '', signature = ''] = match;
    if (!isUuid(linkId)) return undefined;
    const expected = Buffer.from(this.mac(`${linkId}.${expires}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return undefined;
    return { linkId, expiresAt: Number(expires) };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
