import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a download link is refused: a changed link (403) or an expired one (410). */
export type LinkProblem = 'tampered' | 'expired';

function signatureOf(secret: string, exportId: string, requestedBy: string, expires: number): Buffer {
  return createHmac('sha256', secret).update(`export-download|${exportId}|${requestedBy}|${expires}`).digest();
}

/** A signed download path for the export's requester, valid until `expires` (unix seconds). */
export function signDownloadPath(secret: string, exportId: string, requestedBy: string, expires: number): string {
  const signature = signatureOf(secret, exportId, requestedBy, expires).toString('base64url');
  return `/api/v1/exports/${exportId}/file?expires=${expires}&signature=${signature}`;
}

/**
 * Checks a link against the export's requester: the signature covers the export, the requester and the expiry, so
 * neither can be changed; the expiry is checked only on an authentic link.
 */
export function checkDownloadLink(
  secret: string,
  exportId: string,
  requestedBy: string,
  expires: string | undefined,
  signature: string | undefined,
  nowSeconds: number,
): LinkProblem | undefined {
  const expiry = Number(expires);
  if (!Number.isSafeInteger(expiry) || signature === undefined) return 'tampered';
  const expected = signatureOf(secret, exportId, requestedBy, expiry);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'tampered';
  return expiry < nowSeconds ? 'expired' : undefined;
}
