import { ValidationError } from '@billing/shared/kernel';
import { MAX_TAGS_PER_ENTRY, normaliseTags, sameTags } from './tags';

describe('tag normalisation', () => {
  it.each([
    [['  urgent  '], ['urgent']],
    [['Client   call', 'client call'], ['Client call']], // inner spaces collapsed, then compared without case
    [['UX', 'ux', 'Ux'], ['UX']], // the first spelling wins
    [['', '   '], []],
    [['b', 'a'], ['b', 'a']], // order kept
    [['Straße', 'STRASSE'], ['Straße', 'STRASSE']], // lower-casing, not case folding: these stay distinct
  ])('%j -> %j', (input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });

  it('refuses a tag over 40 characters rather than cutting it', () => {
    expect(() => normaliseTags(['x'.repeat(41)])).toThrow(ValidationError);
    expect(normaliseTags(['x'.repeat(40)])).toHaveLength(1);
  });

  it(`refuses more than ${MAX_TAGS_PER_ENTRY} distinct tags, counting after de-duplication`, () => {
    const twenty = Array.from({ length: 20 }, (_, index) => `t${index}`);
    expect(normaliseTags([...twenty, 'T0'])).toHaveLength(20);
    expect(() => normaliseTags([...twenty, 't20'])).toThrow(ValidationError);
  });

  it('refuses non-texts', () => {
    expect(() => normaliseTags([42 as unknown as string])).toThrow(ValidationError);
  });

  it('compares normalised lists by order and spelling', () => {
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});
