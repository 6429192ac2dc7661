import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { billingModelDto, buildBillingModelForm, isBillingFieldShown, setBillingModel } from './billing-model-form';

describe('billing model form', () => {
  let currency: string;
  const build = () => buildBillingModelForm(TestBed.inject(NonNullableFormBuilder), () => currency);

  beforeEach(() => {
    currency = 'EUR';
  });

  it('hourly: shows only the invoice line choice and is valid without money', () => {
    const form = build();
    expect(isBillingFieldShown(form, 'invoiceLinesPer')).toBe(true);
    expect(isBillingFieldShown(form, 'fee')).toBe(false);
    expect(form.valid).toBe(true);
    expect(billingModelDto(form, 'EUR')).toEqual({ kind: 'hourly', invoiceLinesPer: 'member' });
  });

  it('fixed fee: shows and requires the fee only', () => {
    const form = build();
    form.controls.kind.setValue('fixed_fee');
    expect(form.controls.fee.enabled).toBe(true);
    expect(form.controls.invoiceLinesPer.disabled).toBe(true);
    expect(form.controls.overageRate.disabled).toBe(true);
    expect(form.valid).toBe(false);
    form.controls.fee.setValue('12,000.50');
    expect(form.valid).toBe(true);
    expect(billingModelDto(form, 'EUR')).toEqual({ kind: 'fixed_fee', fee: { amountMinor: 1_200_050, currency: 'EUR' } });
  });

  it('per period: fee, period unit, included hours (as seconds) and overage rate', () => {
    const form = build();
    form.controls.kind.setValue('per_period');
    form.patchValue({ fee: '2000', periodUnit: 'quarter', includedHours: '20.5', overageRate: '95.50' });
    expect(form.valid).toBe(true);
    expect(billingModelDto(form, 'EUR')).toEqual({
      kind: 'per_period',
      fee: { amountMinor: 200_000, currency: 'EUR' },
      periodUnit: 'quarter',
      includedSeconds: 73_800,
      overageRateMinorPerHour: 9550,
    });
  });

  it('drops the fields of the previous model when the model changes', () => {
    const form = build();
    form.controls.kind.setValue('per_period');
    form.patchValue({ fee: '2000', includedHours: '20', overageRate: '90' });
    form.controls.kind.setValue('hourly');
    expect(form.value).toEqual({ kind: 'hourly', invoiceLinesPer: 'member' });
    expect(billingModelDto(form, 'EUR')).toEqual({ kind: 'hourly', invoiceLinesPer: 'member' });
  });

  it('checks money in the client’s currency: cents are refused for yen', () => {
    const form = build();
    form.controls.kind.setValue('fixed_fee');
    form.controls.fee.setValue('1000.50');
    expect(form.valid).toBe(true);
    currency = 'JPY';
    form.controls.fee.updateValueAndValidity();
    expect(form.controls.fee.errors).toEqual({ format: 'Enter a whole number' });
  });

  it('loads a stored model, converting minor units and seconds back to text', () => {
    const form = build();
    setBillingModel(form, {
      kind: 'per_period',
      fee: { amountMinor: 150_000, currency: 'EUR' },
      periodUnit: 'month',
      includedSeconds: 36_000,
      overageRateMinorPerHour: 12_000,
    });
    expect(form.value).toEqual({ kind: 'per_period', fee: '1500.00', periodUnit: 'month', includedHours: '10', overageRate: '120.00' });
    expect(isBillingFieldShown(form, 'invoiceLinesPer')).toBe(false);
  });
});
