import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { classifyApiError } from '../../setup/shared/api-error';
import { AuditApi } from '../audit-api';
import { instantLabel } from '../audit-text';

/** Every read-model projection of the api: state, events behind, age of the last applied event. */
@Component({
  selector: 'app-projections-page',
  imports: [MatButtonModule, MatProgressBarModule],
  template: `
    <div class="list-toolbar">
      <span class="secondary-text">A projection that is behind shows older data than the event store holds.</span>
      <span class="toolbar-spacer"></span>
      <button mat-stroked-button type="button" (click)="reload()">Refresh</button>
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (failure(); as message) {
      <div class="form-alert" role="alert"><span class="form-alert-text">{{ message }}</span></div>
    }
    <table class="diff-table" aria-label="Projections">
      <thead>
        <tr><th>Projection</th><th>State</th><th>Caught up</th><th>Events behind</th><th>Events applied</th><th>Last applied event</th><th>Last error</th></tr>
      </thead>
      <tbody>
        @for (item of items(); track item.name) {
          <tr>
            <td class="mono">{{ item.name }}</td>
            <td>{{ item.state }}</td>
            <td>{{ item.caughtUp ? 'yes' : 'no' }}</td>
            <td>{{ item.eventsBehind }}</td>
            <td>{{ item.eventsApplied }}</td>
            <td>{{ instant(item.lastAppliedEventRecordedAt) }}</td>
            <td>{{ item.lastError ?? '' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../audit-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectionsPage {
  private readonly api = inject(AuditApi);
  private readonly list = rxResource({ stream: () => this.api.projections() });
  protected readonly items = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly loading = this.list.isLoading;
  protected readonly failure = computed(() => (this.list.status() === 'error' ? classifyApiError(this.list.error()).message : null));
  protected readonly instant = instantLabel;

  protected reload(): void {
    this.list.reload();
  }
}
