import {
  fromStoredStreamMetadata,
  toStoredStreamMetadata,
} from './stream-metadata-mapping';

describe('stream metadata mapping', () => {
  it('writes system keys with $ names and custom keys beside them', () => {
    expect(
      toStoredStreamMetadata({
        maxAge: 60,
        maxCount: 10,
        truncateBefore: 3,
        custom: { owner: 'billing', maxAge: 'x' },
      }),
    ).toEqual({
      $maxAge: 60,
      $maxCount: 10,
      $tb: 3,
      owner: 'billing',
      maxAge: 'x',
    });
  });

  it('round-trips', () => {
    const metadata = { maxCount: 2, custom: { owner: 'ops', tags: ['a'] } };
    expect(
      fromStoredStreamMetadata(
        JSON.parse(JSON.stringify(toStoredStreamMetadata(metadata))),
      ),
    ).toEqual(metadata);
  });

  it('leaves custom out when there is none, and ignores ACLs and unknown $ keys', () => {
    expect(
      fromStoredStreamMetadata({
        $maxCount: 5,
        $acl: { $r: '$all' },
        $cacheControl: 3,
      }),
    ).toEqual({ maxCount: 5 });
    expect(fromStoredStreamMetadata(null)).toEqual({});
  });

  it('rejects invalid values and $ custom keys', () => {
    expect(() => toStoredStreamMetadata({ maxCount: -1 })).toThrow(RangeError);
    expect(() => toStoredStreamMetadata({ maxAge: 1.5 })).toThrow(RangeError);
    expect(() => toStoredStreamMetadata({ custom: { $acl: {} } })).toThrow(
      RangeError,
    );
  });
});
