import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { Observable, of, throwError } from 'rxjs';
import { FormSubmission } from './form-submission';

function failWith(status: number, body: unknown = null): () => Observable<never> {
  return () => throwError(() => new HttpErrorResponse({ status, error: body }));
}

describe('FormSubmission', () => {
  let form: FormGroup<{ email: FormControl<string>; taxRatePercent: FormControl<string> }>;
  let submission: FormSubmission;
  let keysSeen: string[];
  let counter: number;

  beforeEach(() => {
    form = new FormGroup({ email: new FormControl('a@b.c', { nonNullable: true }), taxRatePercent: new FormControl('19', { nonNullable: true }) });
    counter = 0;
    submission = new FormSubmission(
      form,
      { aliases: { taxRateBasisPoints: 'taxRatePercent' }, codeFields: { MEMBER_EMAIL_TAKEN: 'email' } },
      () => `key-${++counter}`,
    );
    keysSeen = [];
  });

  const send =
    (response: () => Observable<unknown>) =>
    (key: string): Observable<unknown> => {
      keysSeen.push(key);
      return response();
    };

  it('resolves the result and leaves no error behind', async () => {
    await expect(submission.submit({ a: 1 }, send(() => of({ id: 'c-1' })))).resolves.toEqual({ id: 'c-1' });
    expect(submission.pending()).toBe(false);
    expect(submission.formError()).toBeNull();
  });

  it('retries a failed send of the same payload with the same Idempotency-Key', async () => {
    await submission.submit({ a: 1 }, send(failWith(0)));
    expect(submission.formError()).toMatch(/could not be reached/);
    await submission.submit({ a: 1 }, send(failWith(503)));
    await submission.submit({ a: 1 }, send(() => of('ok')));
    expect(keysSeen).toEqual(['key-1', 'key-1', 'key-1']);
    await submission.submit({ a: 1 }, send(() => of('ok')));
    expect(keysSeen[3]).toBe('key-2');
  });

  it('puts 400 field problems on the fields', async () => {
    await submission.submit(
      {},
      send(failWith(400, { error: 'VALIDATION_FAILED', message: 'x', fields: [{ path: 'taxRateBasisPoints', reason: 'must be at most 10000' }] })),
    );
    expect(form.controls.taxRatePercent.errors).toEqual({ server: 'must be at most 10000' });
    expect(submission.formError()).toBeNull();
  });

  it('lists field problems no field can take above the form', async () => {
    await submission.submit({}, send(failWith(400, { error: 'VALIDATION_FAILED', message: 'x', fields: [{ path: 'clientId', reason: 'unknown' }] })));
    expect(submission.formError()).toBe('clientId: unknown');
  });

  it('flags a stale revision for the reload action', async () => {
    await submission.submit({}, send(failWith(409, { error: 'CONFLICT', code: 'WRONG_EXPECTED_REVISION', message: 'x' })));
    expect(submission.stale()).toBe(true);
    submission.reset();
    expect(submission.stale()).toBe(false);
  });

  it('puts a business conflict that belongs to a field on that field', async () => {
    await submission.submit({}, send(failWith(409, { error: 'CONFLICT', code: 'MEMBER_EMAIL_TAKEN', message: 'This e-mail is taken' })));
    expect(form.controls.email.errors).toEqual({ server: 'This e-mail is taken' });
    expect(submission.stale()).toBe(false);
  });
});
