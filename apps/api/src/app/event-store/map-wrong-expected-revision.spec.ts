import { WrongExpectedRevisionError } from '@billing/event-store';
import { mapWrongExpectedRevision } from './map-wrong-expected-revision';

describe('mapWrongExpectedRevision', () => {
  it('maps a stale-revision append to 409 CONFLICT with expected and actual', () => {
    expect(
      mapWrongExpectedRevision(
        new WrongExpectedRevisionError('client-1', 3, 5),
      ),
    ).toEqual({
      status: 409,
      body: {
        error: 'CONFLICT',
        code: 'WRONG_EXPECTED_REVISION',
        message: expect.any(String),
        expected: 3,
        actual: 5,
      },
    });
    expect(mapWrongExpectedRevision(new Error('other'))).toBeUndefined();
  });
});
