import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { ProjectView } from '@billing/organisation/contracts';
import { applyFieldProblems } from '../shared/api-error';
import { buildMilestoneDraft, buildProjectForm, milestoneRequests, PROJECT_PATH_ALIASES, projectRequest, setProject } from './project-form';

const CLIENT_ID = '0b0e6a58-0a77-4b0a-8f59-1c3c1c1c1c1c';

describe('project form', () => {
  const currency = () => 'EUR';
  const build = () => {
    const fb = TestBed.inject(NonNullableFormBuilder);
    const form = buildProjectForm(fb, currency, { mode: 'up', incrementMinutes: 15 });
    form.patchValue({ clientId: CLIENT_ID, name: '  Website relaunch ' });
    return { fb, form };
  };

  it('builds the create request: trimmed name, money in minor units, hours in seconds, the organisation’s rounding', () => {
    const { form } = build();
    form.controls.billingModel.controls.kind.setValue('fixed_fee');
    form.patchValue({
      billingModel: { fee: '24000' },
      estimateHours: '160',
      estimateAmount: '24,000.00',
      budgetAlertThresholdPercent: '80',
      requireTask: true,
    });
    expect(form.valid).toBe(true);
    expect(projectRequest(form, 'EUR')).toEqual({
      clientId: CLIENT_ID,
      name: 'Website relaunch',
      billingModel: { kind: 'fixed_fee', fee: { amountMinor: 2_400_000, currency: 'EUR' } },
      estimate: { seconds: 576_000, amount: { amountMinor: 2_400_000, currency: 'EUR' } },
      budgetAlertThresholdPercent: 80,
      defaultBillable: true,
      requiredFields: { task: true, description: false },
      timeRounding: { mode: 'up', incrementMinutes: 15 },
      responsibleIds: [],
      memberIds: [],
    });
  });

  it('sends no estimate parts and no alert when left empty', () => {
    const { form } = build();
    const request = projectRequest(form, 'EUR');
    expect(request.estimate).toEqual({});
    expect(request.budgetAlertThresholdPercent).toBeNull();
  });

  it('refuses an alert threshold outside 1..1000 %', () => {
    const { form } = build();
    form.controls.budgetAlertThresholdPercent.setValue('0');
    expect(form.controls.budgetAlertThresholdPercent.errors).toEqual({ format: 'Must be from 1 to 1000' });
    form.controls.budgetAlertThresholdPercent.setValue('1001');
    expect(form.controls.budgetAlertThresholdPercent.invalid).toBe(true);
  });

  it('refuses milestones that add up to more than the fee, and sends them as minor units', () => {
    const { fb, form } = build();
    form.controls.billingModel.controls.kind.setValue('fixed_fee');
    form.controls.billingModel.controls.fee.setValue('10000');
    for (const [name, dueDate, amount] of [
      ['Design', '2026-03-31', '4000'],
      ['Build', '2026-06-30', '6000.01'],
    ]) {
      const draft = buildMilestoneDraft(fb, currency);
      draft.setValue({ name, dueDate, amount });
      form.controls.milestones.push(draft);
    }
    // 4000.00 + 6000.01 = 10000.01 > 10000.00
    expect(form.errors).toEqual({ milestonesExceedFee: { total: 1_000_001, fee: 1_000_000 } });
    form.controls.milestones.at(1).controls.amount.setValue('6000');
    expect(form.valid).toBe(true);
    expect(milestoneRequests(form, 'EUR')).toEqual([
      { name: 'Design', dueDate: '2026-03-31', amount: { amountMinor: 400_000, currency: 'EUR' } },
      { name: 'Build', dueDate: '2026-06-30', amount: { amountMinor: 600_000, currency: 'EUR' } },
    ]);
  });

  it('sends no milestones for other billing models', () => {
    const { fb, form } = build();
    form.controls.milestones.push(buildMilestoneDraft(fb, currency));
    expect(milestoneRequests(form, 'EUR')).toEqual([]);
  });

  it('maps server paths of the billing model and estimate onto their fields', () => {
    const { form } = build();
    form.controls.billingModel.controls.kind.setValue('per_period');
    const unplaced = applyFieldProblems(
      form,
      [
        { path: 'billingModel.includedSeconds', reason: 'must be a whole, non-negative number of seconds' },
        { path: 'billingModel.fee.currency', reason: "must be EUR, the client's currency" },
        { path: 'estimate.amount.amountMinor', reason: 'must not be negative' },
      ],
      PROJECT_PATH_ALIASES,
    );
    expect(unplaced).toEqual([]);
    expect(form.controls.billingModel.controls.includedHours.hasError('server')).toBe(true);
    expect(form.controls.billingModel.controls.fee.hasError('server')).toBe(true);
    expect(form.controls.estimateAmount.hasError('server')).toBe(true);
  });

  it('loads a stored project for editing with the client fixed', () => {
    const { form } = build();
    const project: ProjectView = {
      id: 'p-1',
      revision: 4,
      clientId: CLIENT_ID,
      name: 'Retainer',
      currency: 'EUR',
      billingModel: { kind: 'hourly', invoiceLinesPer: 'task' },
      estimate: { seconds: 5400 },
      budgetAlertThresholdPercent: 90,
      status: 'active',
      defaultBillable: false,
      requiredFields: { task: false, description: true },
      timeRounding: { mode: 'none' },
      responsibleIds: ['m-1'],
      memberIds: [],
    };
    setProject(form, project);
    expect(form.controls.clientId.disabled).toBe(true);
    expect(form.controls.estimateHours.value).toBe('1.5');
    expect(form.controls.timeRounding.controls.incrementMinutes.disabled).toBe(true);
    const request = projectRequest(form, 'EUR');
    expect(request.billingModel).toEqual({ kind: 'hourly', invoiceLinesPer: 'task' });
    expect(request.timeRounding).toEqual({ mode: 'none' });
    expect(request.requiredFields).toEqual({ task: false, description: true });
  });
});
