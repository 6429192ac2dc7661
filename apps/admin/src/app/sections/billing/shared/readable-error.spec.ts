import { HttpErrorResponse } from '@angular/common/http';
import { readableError } from './readable-error';

const answer = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

describe('readableError', () => {
  it('lists the fields of a 400', () => {
    expect(readableError(answer(400, { message: 'Invalid', fields: [{ path: 'quantity', reason: 'must be at least 0' }, { path: 'notes', reason: 'too long' }] }))).toBe(
      'quantity: must be at least 0; notes: too long',
    );
  });

  it('gives the conflict of a 409 and the stale message for a moved revision', () => {
    expect(readableError(answer(409, { code: 'ENTRIES_ALREADY_BILLED', message: '2 covered entries are already billed' }))).toBe('2 covered entries are already billed');
    expect(readableError(answer(409, { code: 'WRONG_EXPECTED_REVISION', message: 'x' }))).toBe('Someone else changed this; reload to see their change.');
  });

  it('falls back to a retry message without an answer', () => {
    expect(readableError(answer(0, null))).toBe('The server could not be reached or failed. Try again.');
  });
});
