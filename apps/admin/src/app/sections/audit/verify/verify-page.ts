import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { VerifyView } from '@billing/audit/contracts';
import { classifyApiError } from '../../setup/shared/api-error';
import { AuditApi } from '../audit-api';
import { instantLabel } from '../audit-text';

/** Hash-chain verification of the store or one stream, compared with the latest seal; the recent seals. */
@Component({
  selector: 'app-verify-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  templateUrl: './verify-page.html',
  styleUrl: '../audit-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  private readonly api = inject(AuditApi);
  protected stream = '';
  protected readonly running = signal(false);
  protected readonly result = signal<VerifyView | null>(null);
  protected readonly failure = signal<string | null>(null);
  private readonly sealList = rxResource({ stream: () => this.api.seals() });
  protected readonly seals = computed(() => (this.sealList.hasValue() ? this.sealList.value().items : []));
  protected readonly instant = instantLabel;

  protected run(): void {
    this.running.set(true);
    this.failure.set(null);
    this.api.verify(this.stream.trim() || undefined).subscribe({
      next: (view) => {
        this.result.set(view);
        this.running.set(false);
        this.sealList.reload();
      },
      error: (error: unknown) => {
        this.failure.set(classifyApiError(error).message);
        this.running.set(false);
      },
    });
  }
}
