import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('follows paths inside the app', () => {
    expect(safeReturnUrl('/billing?client=c-1')).toBe('/billing?client=c-1');
  });

  it.each([undefined, null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/login'])(
    'goes home instead of %p',
    (candidate) => {
      expect(safeReturnUrl(candidate)).toBe('/');
    },
  );
});
