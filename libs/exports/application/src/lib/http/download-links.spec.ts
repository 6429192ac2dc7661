import { checkDownloadLink, signDownloadPath } from './download-links';

const SECRET = 'a-test-secret-of-enough-length';
const EXPORT_ID = '0b8f3c1e-6d5a-4f2e-9c7b-1a2b3c4d5e6f';

function parts(path: string): { expires: string; signature: string } {
  const query = new URL(path, 'http://x').searchParams;
  return { expires: query.get('expires') ?? '', signature: query.get('signature') ?? '' };
}

describe('signed download links', () => {
  const path = signDownloadPath(SECRET, EXPORT_ID, 'member-1', 1_000);
  const { expires, signature } = parts(path);

  it('accepts its own link until it expires, then says expired', () => {
    expect(path).toMatch(new RegExp(`^/api/v1/exports/${EXPORT_ID}/file\\?expires=1000&signature=`));
    expect(checkDownloadLink(SECRET, EXPORT_ID, 'member-1', expires, signature, 999)).toBeUndefined();
    expect(checkDownloadLink(SECRET, EXPORT_ID, 'member-1', expires, signature, 1_001)).toBe('expired');
  });

  it('refuses a changed expiry, another export, another requester, another secret or no signature', () => {
    expect(checkDownloadLink(SECRET, EXPORT_ID, 'member-1', '5000', signature, 999)).toBe('tampered');
    expect(checkDownloadLink(SECRET, EXPORT_ID.replace('0b', '0c'), 'member-1', expires, signature, 999)).toBe('tampered');
    expect(checkDownloadLink(SECRET, EXPORT_ID, 'member-2', expires, signature, 999)).toBe('tampered');
    expect(checkDownloadLink('another-secret-of-enough-length', EXPORT_ID, 'member-1', expires, signature, 999)).toBe('tampered');
    expect(checkDownloadLink(SECRET, EXPORT_ID, 'member-1', expires, undefined, 999)).toBe('tampered');
    expect(checkDownloadLink(SECRET, EXPORT_ID, 'member-1', 'soon', signature, 999)).toBe('tampered');
  });
});
