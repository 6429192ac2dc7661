import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { CreateMilestoneRequest, CreateProjectRequest, ProjectView, TimeRoundingDto } from '@billing/organisation/contracts';
import { PathAliases } from '../shared/api-error';
import { MAX_NAME_LENGTH, nameRequired } from '../shared/form-validators';
import { parseHoursText, secondsToHoursText } from '../shared/hours-text';
import { minorToMoneyText, parseMoneyText } from '../shared/money-text';
import { buildTimeRoundingForm, setTimeRounding, TimeRoundingForm, timeRoundingDto } from '../shared/time-rounding-form';
import { hoursTextValidator, moneyTextValidator, wholeNumberValidator } from '../shared/text-validators';
import {
  BILLING_MODEL_PATH_ALIASES,
  billingModelDto,
  BillingModelForm,
  buildBillingModelForm,
  milestonesWithinFee,
  setBillingModel,
} from './billing-model-form';

export type MilestoneDraftForm = FormGroup<{
  name: FormControl<string>;
  dueDate: FormControl<string>;
  amount: FormControl<string>;
}>;

export type ProjectForm = FormGroup<{
  clientId: FormControl<string>;
  name: FormControl<string>;
  billingModel: BillingModelForm;
  milestones: FormArray<MilestoneDraftForm>;
  estimateHours: FormControl<string>;
  estimateAmount: FormControl<string>;
  budgetAlertThresholdPercent: FormControl<string>;
  defaultBillable: FormControl<boolean>;
  requireTask: FormControl<boolean>;
  requireDescription: FormControl<boolean>;
  timeRounding: TimeRoundingForm;
  responsibleIds: FormControl<string[]>;
  memberIds: FormControl<string[]>;
}>;

export const PROJECT_PATH_ALIASES: PathAliases = {
  ...BILLING_MODEL_PATH_ALIASES,
  'estimate.seconds': 'estimateHours',
  'estimate.amount': 'estimateAmount',
  'estimate.amount.amountMinor': 'estimateAmount',
  'requiredFields.task': 'requireTask',
  'requiredFields.description': 'requireDescription',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function buildMilestoneDraft(fb: NonNullableFormBuilder, currency: () => string): MilestoneDraftForm {
  return fb.group({
    name: fb.control('', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
    dueDate: fb.control('', [Validators.required, Validators.pattern(ISO_DATE)]),
    amount: fb.control('', [Validators.required, moneyTextValidator(currency, { positive: true })]),
  });
}

export function buildProjectForm(fb: NonNullableFormBuilder, currency: () => string, rounding: TimeRoundingDto): ProjectForm {
  return fb.group(
    {
      clientId: fb.control('', Validators.required),
      name: fb.control('', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
      billingModel: buildBillingModelForm(fb, currency),
      milestones: fb.array<MilestoneDraftForm>([]),
      estimateHours: fb.control('', hoursTextValidator),
      estimateAmount: fb.control('', moneyTextValidator(currency)),
      budgetAlertThresholdPercent: fb.control('', wholeNumberValidator(1, 1000)),
      defaultBillable: fb.control(true),
      requireTask: fb.control(false),
      requireDescription: fb.control(false),
      timeRounding: buildTimeRoundingForm(fb, rounding),
      responsibleIds: fb.control<string[]>([]),
      memberIds: fb.control<string[]>([]),
    },
    { validators: milestonesWithinFee(currency) },
  );
}

/** Loads a stored project into the form. Milestones are edited on the project's page, not here. */
export function setProject(form: ProjectForm, project: ProjectView): void {
  form.controls.clientId.setValue(project.clientId);
  form.controls.clientId.disable();
  form.controls.name.setValue(project.name);
  setBillingModel(form.controls.billingModel, project.billingModel);
  form.controls.milestones.clear();
  form.controls.estimateHours.setValue(project.estimate.seconds === undefined ? '' : secondsToHoursText(project.estimate.seconds));
  form.controls.estimateAmount.setValue(
    project.estimate.amount ? minorToMoneyText(project.estimate.amount.amountMinor, project.estimate.amount.currency) : '',
  );
  form.controls.budgetAlertThresholdPercent.setValue(project.budgetAlertThresholdPercent === null ? '' : String(project.budgetAlertThresholdPercent));
  form.controls.defaultBillable.setValue(project.defaultBillable);
  form.controls.requireTask.setValue(project.requiredFields.task);
  form.controls.requireDescription.setValue(project.requiredFields.description);
  setTimeRounding(form.controls.timeRounding, project.timeRounding);
  form.controls.responsibleIds.setValue([...project.responsibleIds]);
  form.controls.memberIds.setValue([...project.memberIds]);
  form.markAsPristine();
}

function optionalMinor(text: string, currency: string): number | undefined {
  if (text.trim() === '') {
    return undefined;
  }
  const parsed = parseMoneyText(text, currency);
  return parsed.ok ? parsed.value : undefined;
}

/** The request of a valid form; money in `currency`, the client's. */
export function projectRequest(form: ProjectForm, currency: string): Required<Omit<CreateProjectRequest, 'estimate'>> & Pick<CreateProjectRequest, 'estimate'> {
  const value = form.getRawValue();
  const hours = value.estimateHours.trim() === '' ? undefined : parseHoursText(value.estimateHours);
  const amountMinor = optionalMinor(value.estimateAmount, currency);
  const threshold = value.budgetAlertThresholdPercent.trim();
  return {
    clientId: value.clientId,
    name: value.name.trim(),
    billingModel: billingModelDto(form.controls.billingModel, currency),
    estimate: {
      ...(hours?.ok ? { seconds: hours.value } : {}),
      ...(amountMinor === undefined ? {} : { amount: { amountMinor, currency } }),
    },
    budgetAlertThresholdPercent: threshold === '' ? null : Number(threshold),
    defaultBillable: value.defaultBillable,
    requiredFields: { task: value.requireTask, description: value.requireDescription },
    timeRounding: timeRoundingDto(form.controls.timeRounding),
    responsibleIds: value.responsibleIds,
    memberIds: value.memberIds,
  };
}

/** What a stored project looks like as a request: the baseline an update is diffed against. */
export function projectRequestOf(project: ProjectView): ReturnType<typeof projectRequest> {
  return {
    clientId: project.clientId,
    name: project.name,
    billingModel: project.billingModel,
    estimate: project.estimate,
    budgetAlertThresholdPercent: project.budgetAlertThresholdPercent,
    defaultBillable: project.defaultBillable,
    requiredFields: project.requiredFields,
    timeRounding: project.timeRounding,
    responsibleIds: project.responsibleIds,
    memberIds: project.memberIds,
  };
}

export function milestoneRequests(form: ProjectForm, currency: string): CreateMilestoneRequest[] {
  if (form.controls.billingModel.controls.kind.value !== 'fixed_fee') {
    return [];
  }
  return form.controls.milestones.getRawValue().map((milestone) => ({
    name: milestone.name.trim(),
    dueDate: milestone.dueDate,
    amount: { amountMinor: optionalMinor(milestone.amount, currency) ?? 0, currency },
  }));
}
