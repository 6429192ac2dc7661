import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { applyFieldProblems, classifyApiError, controlForPath, STALE_MESSAGE } from './api-error';

function httpError(status: number, body: unknown = null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/v1/clients' });
}

describe('classifyApiError', () => {
  it('reads a 400 as field problems', () => {
    const failure = classifyApiError(
      httpError(400, { error: 'VALIDATION_FAILED', message: 'Invalid', fields: [{ path: 'currency', reason: 'unknown ISO 4217 currency code: EUX' }] }),
    );
    expect(failure).toEqual({ kind: 'validation', message: 'Invalid', fields: [{ path: 'currency', reason: 'unknown ISO 4217 currency code: EUX' }] });
  });

  it('reads a 409 on the revision as a stale edit', () => {
    expect(classifyApiError(httpError(409, { error: 'CONFLICT', code: 'WRONG_EXPECTED_REVISION', message: 'x' }))).toEqual({
      kind: 'stale',
      message: STALE_MESSAGE,
    });
    expect(classifyApiError(httpError(409)).kind).toBe('stale');
  });

  it('reads other 409 codes and 422s as business rules with the server’s message', () => {
    expect(classifyApiError(httpError(409, { error: 'CONFLICT', code: 'MEMBER_EMAIL_TAKEN', message: 'E-mail taken' }))).toEqual({
      kind: 'rule',
      code: 'MEMBER_EMAIL_TAKEN',
      message: 'E-mail taken',
    });
    expect(classifyApiError(httpError(422, { error: 'RULE_VIOLATION', code: 'MILESTONES_EXCEED_FEE', message: 'Too much' }))).toEqual({
      kind: 'rule',
      code: 'MILESTONES_EXCEED_FEE',
      message: 'Too much',
    });
  });

  it('names the missing permission of a 403', () => {
    expect(classifyApiError(httpError(403, { error: 'FORBIDDEN', message: 'no', missingPermission: 'clients.write' }))).toEqual({
      kind: 'forbidden',
      message: 'You lack the permission clients.write.',
    });
  });

  it('treats no answer and server failures as retryable', () => {
    expect(classifyApiError(httpError(0)).kind).toBe('retryable');
    expect(classifyApiError(httpError(503)).kind).toBe('retryable');
    expect(classifyApiError(new Error('boom')).kind).toBe('retryable');
  });
});

describe('placing server field problems on the form', () => {
  const buildForm = () =>
    new FormGroup({
      name: new FormControl(''),
      taxRatePercent: new FormControl(''),
      roles: new FormControl<string[]>([]),
      billingModel: new FormGroup({ fee: new FormControl(''), includedHours: new FormControl('') }),
      milestones: new FormArray([new FormGroup({ amount: new FormControl('') })]),
    });

  it('finds controls by path, through aliases, array indexes and money sub-fields', () => {
    const form = buildForm();
    expect(controlForPath(form, 'name')).toBe(form.controls.name);
    expect(controlForPath(form, 'roles[1]')).toBe(form.controls.roles);
    expect(controlForPath(form, 'billingModel.fee.amountMinor')).toBe(form.controls.billingModel.controls.fee);
    expect(controlForPath(form, 'taxRateBasisPoints', { taxRateBasisPoints: 'taxRatePercent' })).toBe(form.controls.taxRatePercent);
    expect(
      controlForPath(form, 'billingModel.includedSeconds', { 'billingModel.includedSeconds': 'billingModel.includedHours' }),
    ).toBe(form.controls.billingModel.controls.includedHours);
    expect(controlForPath(form, 'unknown.path')).toBeNull();
  });

  it('sets { server: reason } on each field, touched, and returns what no field could take', () => {
    const form = buildForm();
    const unplaced = applyFieldProblems(
      form,
      [
        { path: 'billingModel.fee.amountMinor', reason: 'must not be negative' },
        { path: 'taxRateBasisPoints', reason: 'must be a whole number from 0 to 10000' },
        { path: 'clientId', reason: 'must be a lower-case UUID' },
      ],
      { taxRateBasisPoints: 'taxRatePercent' },
    );
    expect(form.controls.billingModel.controls.fee.errors).toEqual({ server: 'must not be negative' });
    expect(form.controls.billingModel.controls.fee.touched).toBe(true);
    expect(form.controls.taxRatePercent.errors).toEqual({ server: 'must be a whole number from 0 to 10000' });
    expect(unplaced).toEqual([{ path: 'clientId', reason: 'must be a lower-case UUID' }]);
  });

  it('clears a server error once the person edits the field', () => {
    const form = buildForm();
    applyFieldProblems(form, [{ path: 'name', reason: 'must not be empty' }]);
    form.controls.name.setValue('Acme');
    expect(form.controls.name.errors).toBeNull();
  });
});
