import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { OrganisationSettingsFields, OrganisationSettingsView, SubmissionDeadlineRuleDto } from '@billing/organisation/contracts';
import { PathAliases } from '../shared/api-error';
import { currencyCode, MAX_NAME_LENGTH, nameRequired, timeZoneName } from '../shared/form-validators';
import { wholeNumberValidator } from '../shared/text-validators';
import { buildTimeRoundingForm, setTimeRounding, TimeRoundingForm, timeRoundingDto } from '../shared/time-rounding-form';
import { invoiceFormatProblems } from './invoice-number-preview';

export type DeadlineKind = SubmissionDeadlineRuleDto['kind'];

export type OrganisationForm = FormGroup<{
  name: FormControl<string>;
  timeZone: FormControl<string>;
  defaultCurrency: FormControl<string>;
  invoiceNumberFormat: FormControl<string>;
  defaultTimeRounding: TimeRoundingForm;
  deadlineKind: FormControl<DeadlineKind>;
  deadlineDay: FormControl<string>;
}>;

export const DEADLINE_KINDS: readonly { value: DeadlineKind; label: string; max: number }[] = [
  { value: 'nth-working-day-of-next-month', label: 'Working day of the next month', max: 20 },
  { value: 'nth-day-of-next-month', label: 'Calendar day of the next month', max: 28 },
];

export const ORGANISATION_PATH_ALIASES: PathAliases = {
  submissionDeadlineRule: 'deadlineDay',
  'submissionDeadlineRule.n': 'deadlineDay',
  'submissionDeadlineRule.kind': 'deadlineKind',
};

function invoiceFormat(control: AbstractControl<string>): ValidationErrors | null {
  const [problem] = control.value ? invoiceFormatProblems(control.value) : [];
  return problem ? { format: problem } : null;
}

/** The deadline day's upper bound depends on the kind: 20 working days, 28 calendar days. */
function deadlineDayInRange(day: AbstractControl<string>): ValidationErrors | null {
  const kind = day.parent?.get('deadlineKind')?.value as DeadlineKind | undefined;
  const max = DEADLINE_KINDS.find((candidate) => candidate.value === kind)?.max ?? 28;
  return wholeNumberValidator(1, max)(day);
}

export function buildOrganisationForm(fb: NonNullableFormBuilder): OrganisationForm {
  const form = fb.group({
    name: fb.control('', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
    timeZone: fb.control('', [Validators.required, timeZoneName]),
    defaultCurrency: fb.control('', [Validators.required, currencyCode]),
    invoiceNumberFormat: fb.control('', [Validators.required, invoiceFormat]),
    defaultTimeRounding: buildTimeRoundingForm(fb),
    deadlineKind: fb.control<DeadlineKind>('nth-working-day-of-next-month'),
    deadlineDay: fb.control('3', [Validators.required, deadlineDayInRange]),
  });
  form.controls.deadlineKind.valueChanges.subscribe(() => form.controls.deadlineDay.updateValueAndValidity());
  return form;
}

export function setOrganisation(form: OrganisationForm, settings: OrganisationSettingsView): void {
  form.reset({
    name: settings.name,
    timeZone: settings.timeZone,
    defaultCurrency: settings.defaultCurrency,
    invoiceNumberFormat: settings.invoiceNumberFormat,
    deadlineKind: settings.submissionDeadlineRule.kind,
    deadlineDay: String(settings.submissionDeadlineRule.n),
  });
  setTimeRounding(form.controls.defaultTimeRounding, settings.defaultTimeRounding);
}

export function organisationRequest(form: OrganisationForm): OrganisationSettingsFields {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    timeZone: value.timeZone.trim(),
    defaultCurrency: value.defaultCurrency.trim().toUpperCase(),
    invoiceNumberFormat: value.invoiceNumberFormat.trim(),
    defaultTimeRounding: timeRoundingDto(form.controls.defaultTimeRounding),
    submissionDeadlineRule: { kind: value.deadlineKind, n: Number(value.deadlineDay) },
  };
}

export function organisationRequestOf(settings: OrganisationSettingsView): OrganisationSettingsFields {
  const { name, timeZone, defaultCurrency, invoiceNumberFormat, defaultTimeRounding, submissionDeadlineRule } = settings;
  return { name, timeZone, defaultCurrency, invoiceNumberFormat, defaultTimeRounding, submissionDeadlineRule };
}
