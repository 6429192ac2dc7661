import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MilestoneView, PERIOD_UNIT_NAMES, ProjectView, TIME_ROUNDING_INCREMENTS, TimeRoundingDto } from '@billing/organisation/contracts';
import { firstValueFrom } from 'rxjs';
import { classifyApiError } from '../shared/api-error';
import { changedFields } from '../shared/changed-fields';
import { errorMessage } from '../shared/error-message';
import { FormAlerts } from '../shared/form-alerts';
import { FormSubmission } from '../shared/form-submission';
import { createMemberOptions } from '../shared/member-options';
import { formatMoney, parseMoneyText } from '../shared/money-text';
import { SetupApi } from '../shared/setup-api';
import { ROUNDING_MODES } from '../shared/time-rounding-form';
import { BILLING_MODEL_LABELS, isBillingFieldShown } from './billing-model-form';
import { createClientOptions } from './client-options';
import { buildMilestoneDraft, buildProjectForm, milestoneRequests, PROJECT_PATH_ALIASES, projectRequest, projectRequestOf, setProject } from './project-form';

export interface ProjectDialogData {
  readonly project: ProjectView | null;
  readonly defaultRounding: TimeRoundingDto;
}

/** Creates or edits a project; on create, a fixed fee's milestones are added right after the project. */
@Component({
  selector: 'app-project-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    FormAlerts,
  ],
  templateUrl: './project-dialog.html',
  styleUrl: './project-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDialog {
  private readonly api = inject(SetupApi);
  private readonly ref = inject<MatDialogRef<ProjectDialog, ProjectView>>(MatDialogRef);
  private readonly snackBar = inject(MatSnackBar);
  private readonly data = inject<ProjectDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly project = signal(this.data.project);
  protected readonly clients = createClientOptions();
  protected readonly members = createMemberOptions();
  protected readonly form = buildProjectForm(this.fb, () => this.currency(), this.data.defaultRounding);
  protected readonly submission = new FormSubmission(this.form, { aliases: PROJECT_PATH_ALIASES, codeFields: { MILESTONES_EXCEED_FEE: 'billingModel.fee' } });

  private readonly clientId = toSignal(this.form.controls.clientId.valueChanges, { initialValue: this.form.controls.clientId.value });
  private readonly kind = toSignal(this.form.controls.billingModel.controls.kind.valueChanges, {
    initialValue: this.form.controls.billingModel.controls.kind.value,
  });
  protected readonly currency = computed(() => this.project()?.currency ?? this.clients.byId(this.clientId())?.currency ?? 'EUR');
  protected readonly isFixedFee = computed(() => this.kind() === 'fixed_fee');
  protected readonly kinds = Object.entries(BILLING_MODEL_LABELS).map(([value, label]) => ({ value, label }));
  protected readonly periodUnits = PERIOD_UNIT_NAMES;
  protected readonly roundingModes = ROUNDING_MODES;
  protected readonly increments = TIME_ROUNDING_INCREMENTS;
  protected readonly message = errorMessage;
  protected readonly shows = (field: Parameters<typeof isBillingFieldShown>[1]) => {
    this.kind();
    return isBillingFieldShown(this.form.controls.billingModel, field);
  };

  constructor() {
    if (this.data.project) {
      setProject(this.form, this.data.project);
    }
    // Money is checked in the client's currency: a different client can make a valid amount invalid (JPY: no cents).
    this.form.controls.clientId.valueChanges.subscribe(() => queueMicrotask(() => this.revalidateMoney()));
  }

  protected addMilestone(): void {
    this.form.controls.milestones.push(buildMilestoneDraft(this.fb, () => this.currency()));
  }

  protected removeMilestone(index: number): void {
    this.form.controls.milestones.removeAt(index);
  }

  protected milestonesExceedFee(): string | null {
    const problem = this.form.errors?.['milestonesExceedFee'] as { total: number; fee: number } | undefined;
    return problem
      ? `The milestones add up to ${formatMoney(problem.total, this.currency())}, more than the fee of ${formatMoney(problem.fee, this.currency())}.`
      : null;
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const currency = this.currency();
    const request = projectRequest(this.form, currency);
    const existing = this.project();
    if (existing) {
      const { clientId: _clientId, ...changes } = changedFields(projectRequestOf(existing), request);
      const saved = await this.submission.submit(changes, () => this.api.update<ProjectView>(`/projects/${existing.id}`, changes, existing.revision));
      if (saved) {
        this.ref.close(saved);
      }
      return;
    }
    const created = await this.submission.submit(request, (key) => this.api.create<ProjectView>('/projects', request, key));
    if (created) {
      await this.addMilestones(created, milestoneRequests(this.form, currency));
      this.ref.close(created);
    }
  }

  /** Adds the drafted milestones one by one; a refusal is reported and the rest can be added on the project page. */
  private async addMilestones(project: ProjectView, milestones: ReturnType<typeof milestoneRequests>): Promise<void> {
    for (const milestone of milestones) {
      try {
        await firstValueFrom(this.api.create<MilestoneView>(`/projects/${project.id}/milestones`, milestone, crypto.randomUUID()));
      } catch (error: unknown) {
        this.snackBar.open(`Project created, but milestone "${milestone.name}" was not: ${classifyApiError(error).message}`, 'OK', {
          duration: 10_000,
        });
        return;
      }
    }
  }

  protected async reload(): Promise<void> {
    const existing = this.project();
    if (!existing) {
      return;
    }
    const fresh = await firstValueFrom(this.api.get<ProjectView>(`/projects/${existing.id}`));
    this.project.set(fresh);
    setProject(this.form, fresh);
    this.submission.reset();
  }

  protected feePreview(): string {
    const parsed = parseMoneyText(this.form.controls.billingModel.controls.fee.value, this.currency());
    return parsed.ok ? formatMoney(parsed.value, this.currency()) : '';
  }

  private revalidateMoney(): void {
    const billing = this.form.controls.billingModel.controls;
    for (const control of [billing.fee, billing.overageRate, this.form.controls.estimateAmount]) {
      control.updateValueAndValidity({ emitEvent: false });
    }
    for (const milestone of this.form.controls.milestones.controls) {
      milestone.controls.amount.updateValueAndValidity({ emitEvent: false });
    }
    this.form.updateValueAndValidity({ emitEvent: false });
  }
}
