import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MEMBER_ROLE_NAMES, MemberView } from '@billing/organisation/contracts';
import { firstValueFrom } from 'rxjs';
import { changedFields } from '../shared/changed-fields';
import { errorMessage } from '../shared/error-message';
import { FormAlerts } from '../shared/form-alerts';
import { FormSubmission } from '../shared/form-submission';
import { SetupApi } from '../shared/setup-api';
import { buildMemberForm, createMemberRequest, memberRequestOf, ROLE_DESCRIPTIONS, updateMemberRequest } from './member-form';

@Component({
  selector: 'app-member-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, FormAlerts],
  templateUrl: './member-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberDialog {
  private readonly api = inject(SetupApi);
  private readonly ref = inject<MatDialogRef<MemberDialog, MemberView>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly member = signal(inject<{ member: MemberView | null }>(MAT_DIALOG_DATA).member);
  protected readonly form = buildMemberForm(this.fb, this.member());
  protected readonly submission = new FormSubmission(this.form, { codeFields: { MEMBER_EMAIL_TAKEN: 'email', EMAIL_TAKEN: 'email' } });
  protected readonly roles = MEMBER_ROLE_NAMES;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const existing = this.member();
    let saved: MemberView | null;
    if (existing) {
      const changes = changedFields(memberRequestOf(existing), updateMemberRequest(this.form));
      saved = await this.submission.submit(changes, () => this.api.update<MemberView>(`/members/${existing.id}`, changes, existing.revision));
    } else {
      const request = createMemberRequest(this.form);
      saved = await this.submission.submit(request, (key) => this.api.create<MemberView>('/members', request, key));
    }
    if (saved) {
      this.ref.close(saved);
    }
  }

  protected async reload(): Promise<void> {
    const existing = this.member();
    if (!existing) {
      return;
    }
    const fresh = await firstValueFrom(this.api.get<MemberView>(`/members/${existing.id}`));
    this.member.set(fresh);
    this.form.reset({ ...memberRequestOf(fresh), initialPassword: '' });
    this.submission.reset();
  }
}
