import {
  DeadlineExceededError,
  StreamDeletedError as ClientStreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import {
  isStreamDeleted,
  isStreamNotFound,
  toStoreError,
} from './error-mapping';

describe('client errors to port errors', () => {
  it('maps a wrong expected version to our error, reporting what the caller passed', () => {
    const clientError = new WrongExpectedVersionError(undefined, {
      streamName: 'time-entry-1',
      expected: 4n,
      current: 2n,
    });
    const mapped = toStoreError(clientError, {
      stream: 'time-entry-1',
      expected: 'any',
    });
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({
      stream: 'time-entry-1',
      expected: 'any',
      actual: 2,
    });
  });

  it('reports a missing stream as actual no_stream', () => {
    const clientError = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: 0n,
      current: 'no_stream',
    });
    expect(
      toStoreError(clientError, { stream: 's', expected: 0 }),
    ).toMatchObject({ expected: 0, actual: 'no_stream' });
  });

  it('falls back to the client expected state when the caller gave none', () => {
    const clientError = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: 3n,
      current: 5n,
    });
    expect(toStoreError(clientError, { stream: 's' })).toMatchObject({
      expected: 3,
      actual: 5,
    });
  });

  it('maps a deleted stream to StreamDeletedError naming the caller stream', () => {
    const mapped = toStoreError(
      ClientStreamDeletedError.fromStreamName('$$s'),
      { stream: 's' },
    );
    expect(mapped).toBeInstanceOf(StreamDeletedError);
    expect(mapped).toMatchObject({ stream: 's' });
  });

  it('maps unreachable-server errors to EventStoreUnavailableError, keeping the cause', () => {
    const unavailable = new UnavailableError(undefined, 'connection refused');
    const mapped = toStoreError(unavailable, { stream: 's' });
    expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
    expect((mapped as Error).cause).toBe(unavailable);
    expect(
      toStoreError(new DeadlineExceededError(), { stream: 's' }),
    ).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('passes other errors through untouched', () => {
    const plain = new Error('boom');
    const notFound = new StreamNotFoundError(undefined, 's');
    expect(toStoreError(plain, { stream: 's' })).toBe(plain);
    expect(toStoreError(notFound, { stream: 's' })).toBe(notFound);
    expect(toStoreError('text', { stream: 's' })).toBe('text');
  });

  it('recognises not-found and deleted reads', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 's'))).toBe(
      true,
    );
    expect(isStreamNotFound(new Error('s not found'))).toBe(false);
    expect(isStreamDeleted(ClientStreamDeletedError.fromStreamName('s'))).toBe(
      true,
    );
    expect(isStreamDeleted(new StreamNotFoundError(undefined, 's'))).toBe(
      false,
    );
  });
});
