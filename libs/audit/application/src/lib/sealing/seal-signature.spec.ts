import { isSignatureValid, signSeal, type UnsignedSeal } from './seal-signature';

const seal: UnsignedSeal = {
  sealId: '6f1b0c36-6a43-4c1b-9a43-3d5a8e0c2b11',
  sealedAt: '2026-03-01T10:00:00.000Z',
  position: '4711',
  streams: 3,
  events: 12,
  digest: 'a'.repeat(64),
};
const secret = 'seal-secret-for-specs';

describe('seal signature', () => {
  it('accepts the seal it signed', () => {
    expect(isSignatureValid(secret, { ...seal, signature: signSeal(secret, seal) })).toBe(true);
  });

  it.each([
    ['position', { position: '4712' }],
    ['streams', { streams: 2 }],
    ['events', { events: 11 }],
    ['digest', { digest: 'b'.repeat(64) }],
    ['sealedAt', { sealedAt: '2026-03-01T10:00:01.000Z' }],
  ])('refuses a seal whose %s was changed after signing', (_field, change) => {
    const signature = signSeal(secret, seal);
    expect(isSignatureValid(secret, { ...seal, ...change, signature })).toBe(false);
  });

  it('refuses a signature made with another secret, and one that is not hex', () => {
    expect(isSignatureValid(secret, { ...seal, signature: signSeal('another-secret-value', seal) })).toBe(false);
    expect(isSignatureValid(secret, { ...seal, signature: 'forged' })).toBe(false);
  });
});
