import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CreatedSharedLink, MAX_SHARED_LINK_DAYS, SavedReportView, SharedLinkView } from '@billing/reporting/contracts';
import { firstValueFrom } from 'rxjs';
import { addDays } from '../../../shared/report/report-period';
import { ReportsApi, sharedReportUrl } from '../../../shared/report/reports-api';
import { classifyApiError } from '../../setup/shared/api-error';
import { confirmAction } from '../../setup/shared/confirm-dialog';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { endOfDayInstant, linkStatus } from './link-expiry';

/** Online links to one saved report: create one with an expiry, copy it, list and revoke them. */
@Component({
  selector: 'app-share-links-dialog',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, FormAlerts],
  templateUrl: './share-links-dialog.html',
  styleUrl: './share-links-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareLinksDialog {
  private readonly api = inject(ReportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(Clipboard);
  protected readonly report = inject<SavedReportView>(MAT_DIALOG_DATA);

  private readonly today = new Date().toISOString().slice(0, 10);
  protected readonly minDay = addDays(this.today, 1);
  protected readonly maxDay = addDays(this.today, MAX_SHARED_LINK_DAYS - 1);
  protected readonly form = inject(NonNullableFormBuilder).group({ expiresOn: [addDays(this.today, 30), Validators.required] });
  protected readonly submission = new FormSubmission(this.form, { aliases: { expiresAt: 'expiresOn' } });
  protected readonly message = errorMessage;
  protected readonly created = signal<{ link: CreatedSharedLink; url: string } | null>(null);
  private readonly reloads = signal(0);
  protected readonly links = rxResource({ params: () => this.reloads(), stream: () => this.api.links(this.report.id) });
  protected readonly items = computed(() => (this.links.hasValue() ? this.links.value().items : []));
  protected readonly status = linkStatus;

  protected async create(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const body = { expiresAt: endOfDayInstant(this.form.getRawValue().expiresOn) };
    const link = await this.submission.submit(body, (key) => this.api.createLink(this.report.id, body, key));
    if (link) {
      this.created.set({ link, url: sharedReportUrl(location.origin, link.token) });
      this.reloads.update((count) => count + 1);
    }
  }

  protected copy(url: string): void {
    const copied = this.clipboard.copy(url);
    this.snackBar.open(copied ? 'Link copied' : 'Copy the link from the box', undefined, { duration: 3000 });
  }

  protected async revoke(link: SharedLinkView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: 'Revoke link?',
      message: 'Anyone opening this link will see that it no longer works, from now on.',
      confirmLabel: 'Revoke',
    });
    if (!confirmed) {
      return;
    }
    try {
      await firstValueFrom(this.api.revokeLink(this.report.id, link.id));
      this.snackBar.open('Link revoked', undefined, { duration: 3000 });
      if (this.created()?.link.id === link.id) {
        this.created.set(null);
      }
    } catch (error: unknown) {
      this.snackBar.open(classifyApiError(error).message, 'Dismiss', { duration: 8000 });
    }
    this.reloads.update((count) => count + 1);
  }
}

export async function openShareLinksDialog(dialog: MatDialog, report: SavedReportView): Promise<void> {
  const ref = dialog.open<ShareLinksDialog, SavedReportView>(ShareLinksDialog, { data: report, width: '680px', maxWidth: '95vw' });
  await firstValueFrom(ref.afterClosed());
}
