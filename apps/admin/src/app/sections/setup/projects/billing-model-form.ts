import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { BillingModelDto, BillingModelKind, PeriodUnitName } from '@billing/organisation/contracts';
import { parseHoursText, secondsToHoursText } from '../shared/hours-text';
import { minorToMoneyText, parseMoneyText } from '../shared/money-text';
import { hoursTextValidator, moneyTextValidator } from '../shared/text-validators';

export type BillingModelForm = FormGroup<{
  kind: FormControl<BillingModelKind>;
  invoiceLinesPer: FormControl<'member' | 'task'>;
  fee: FormControl<string>;
  periodUnit: FormControl<PeriodUnitName>;
  includedHours: FormControl<string>;
  overageRate: FormControl<string>;
}>;

type DetailField = Exclude<keyof BillingModelForm['controls'], 'kind'>;

/** Which fields each billing model has: the form shows, validates and sends only these. */
export const BILLING_MODEL_FIELDS: Readonly<Record<BillingModelKind, readonly DetailField[]>> = {
  hourly: ['invoiceLinesPer'],
  fixed_fee: ['fee'],
  per_period: ['fee', 'periodUnit', 'includedHours', 'overageRate'],
};

export const BILLING_MODEL_LABELS: Readonly<Record<BillingModelKind, string>> = {
  hourly: 'Hourly: we bill work hours',
  fixed_fee: 'Fixed fee: we bill per project',
  per_period: 'Per period: a retainer',
};

const ALL_DETAIL_FIELDS: readonly DetailField[] = ['invoiceLinesPer', 'fee', 'periodUnit', 'includedHours', 'overageRate'];

/** Server paths of the billing model that name a form field under another name. */
export const BILLING_MODEL_PATH_ALIASES = {
  'billingModel.includedSeconds': 'billingModel.includedHours',
  'billingModel.overageRateMinorPerHour': 'billingModel.overageRate',
} as const;

/**
 * The billing model part of the project form. `currency()` is the client's currency at the moment a money field
 * is checked. Fields of other models are disabled: hidden, not validated, not in the value.
 */
export function buildBillingModelForm(fb: NonNullableFormBuilder, currency: () => string): BillingModelForm {
  const money = [Validators.required, moneyTextValidator(currency)];
  const form: BillingModelForm = fb.group({
    kind: fb.control<BillingModelKind>('hourly'),
    invoiceLinesPer: fb.control<'member' | 'task'>('member'),
    fee: fb.control('', money),
    periodUnit: fb.control<PeriodUnitName>('month'),
    includedHours: fb.control('', [Validators.required, hoursTextValidator]),
    overageRate: fb.control('', money),
  });
  applyBillingModelKind(form, 'hourly');
  form.controls.kind.valueChanges.subscribe((kind) => applyBillingModelKind(form, kind));
  return form;
}

/** Enables exactly the fields of `kind`. */
export function applyBillingModelKind(form: BillingModelForm, kind: BillingModelKind): void {
  for (const field of ALL_DETAIL_FIELDS) {
    const control = form.controls[field];
    if (BILLING_MODEL_FIELDS[kind].includes(field)) {
      control.enable({ emitEvent: false });
    } else {
      control.disable({ emitEvent: false });
    }
  }
}

export function isBillingFieldShown(form: BillingModelForm, field: DetailField): boolean {
  return BILLING_MODEL_FIELDS[form.controls.kind.value].includes(field);
}

function minor(text: string, currency: string): number {
  const parsed = parseMoneyText(text, currency);
  return parsed.ok ? parsed.value : 0;
}

/** The request shape of a valid billing model form, money in the client's currency. */
export function billingModelDto(form: BillingModelForm, currency: string): BillingModelDto {
  const value = form.getRawValue();
  switch (value.kind) {
    case 'hourly':
      return { kind: 'hourly', invoiceLinesPer: value.invoiceLinesPer };
    case 'fixed_fee':
      return { kind: 'fixed_fee', fee: { amountMinor: minor(value.fee, currency), currency } };
    case 'per_period': {
      const included = parseHoursText(value.includedHours);
      return {
        kind: 'per_period',
        fee: { amountMinor: minor(value.fee, currency), currency },
        periodUnit: value.periodUnit,
        includedSeconds: included.ok ? included.value : 0,
        overageRateMinorPerHour: minor(value.overageRate, currency),
      };
    }
  }
}

/** Loads a stored billing model into the form (and shows its fields). */
export function setBillingModel(form: BillingModelForm, model: BillingModelDto): void {
  const blank = { invoiceLinesPer: 'member' as const, fee: '', periodUnit: 'month' as const, includedHours: '', overageRate: '' };
  switch (model.kind) {
    case 'hourly':
      form.reset({ ...blank, kind: 'hourly', invoiceLinesPer: model.invoiceLinesPer });
      break;
    case 'fixed_fee':
      form.reset({ ...blank, kind: 'fixed_fee', fee: minorToMoneyText(model.fee.amountMinor, model.fee.currency) });
      break;
    case 'per_period':
      form.reset({
        ...blank,
        kind: 'per_period',
        fee: minorToMoneyText(model.fee.amountMinor, model.fee.currency),
        periodUnit: model.periodUnit,
        includedHours: secondsToHoursText(model.includedSeconds),
        overageRate: minorToMoneyText(model.overageRateMinorPerHour, model.fee.currency),
      });
      break;
  }
  applyBillingModelKind(form, model.kind);
}

/** Milestones of a fixed fee may not add up to more than the fee (the server refuses it too). */
export function milestonesWithinFee(currency: () => string) {
  return (group: AbstractControl): ValidationErrors | null => {
    const billing = group.get('billingModel') as BillingModelForm | null;
    const milestones = group.get('milestones')?.getRawValue() as { amount: string }[] | undefined;
    if (!billing || !milestones || billing.controls.kind.value !== 'fixed_fee' || milestones.length === 0) {
      return null;
    }
    const fee = parseMoneyText(billing.controls.fee.value, currency());
    const amounts = milestones.map((milestone) => parseMoneyText(milestone.amount, currency()));
    if (!fee.ok || amounts.some((amount) => !amount.ok)) {
      return null;
    }
    const total = amounts.reduce((sum, amount) => sum + (amount.ok ? amount.value : 0), 0);
    return total > fee.value ? { milestonesExceedFee: { total, fee: fee.value } } : null;
  };
}
