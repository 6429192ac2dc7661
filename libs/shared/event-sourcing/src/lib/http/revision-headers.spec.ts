import { ValidationError } from '@billing/shared/kernel';
import { etagFor, requireIfMatchRevision } from './revision-headers';

describe('revision headers', () => {
  it('quotes the revision as the ETag', () => {
    expect(etagFor(7)).toBe('"7"');
  });

  it.each([
    ['"3"', 3],
    ['3', 3],
    ['W/"12"', 12],
    [' "0" ', 0],
  ])('reads If-Match %s as revision %d', (header, revision) => {
    expect(requireIfMatchRevision(header)).toBe(revision);
  });

  it.each([undefined, '', '*', '"abc"', '"-1"', '"1.5"'])('refuses If-Match %p naming the header', (header) => {
    let thrown: unknown;
    try {
      requireIfMatchRevision(header);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).fields[0]?.path).toBe('If-Match');
  });
});
