import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { BehindMemberView } from '@billing/pace/contracts';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { classifyApiError } from '../../setup/shared/api-error';
import { isoWeekOf } from '../../time/shared/local-time';
import { PaceApi } from '../shared/pace-api';
import { PaceContext } from '../shared/pace-context';
import { completenessPercent, dayLabel, hoursLabel } from '../shared/pace-format';
import { remindOutcomeText } from '../shared/remind-text';

/** Members under 90 % of expected this month to date, within the person's scope, each with a "Remind" action. */
@Component({
  selector: 'app-pace-behind-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink],
  templateUrl: './behind-page.html',
  styleUrl: './behind-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BehindPage {
  private readonly api = inject(PaceApi);
  protected readonly context = inject(PaceContext);

  private readonly behind = rxResource({ stream: () => this.api.behind() });
  protected readonly loading = this.behind.isLoading;
  protected readonly failed = computed(() => this.behind.status() === 'error');
  protected readonly view = computed(() => (this.behind.hasValue() ? this.behind.value() : null));

  /** memberId -> what pressing "Remind" did. */
  protected readonly outcomes = signal<ReadonlyMap<string, { text: string; failed: boolean }>>(new Map());
  protected readonly pending = signal<ReadonlySet<string>>(new Set());

  protected readonly hours = hoursLabel;
  protected readonly dayLabel = dayLabel;
  protected readonly percent = (member: BehindMemberView) => completenessPercent(member.toDate.trackedSeconds, member.toDate.expectedSeconds) ?? 0;
  protected readonly weekOf = isoWeekOf;

  protected remind(member: BehindMemberView): void {
    this.pending.update((ids) => new Set([...ids, member.memberId]));
    const settle = (text: string, failed: boolean) => {
      this.pending.update((ids) => new Set([...ids].filter((id) => id !== member.memberId)));
      this.outcomes.update((outcomes) => new Map([...outcomes, [member.memberId, { text, failed }]]));
    };
    this.api.remind(member.memberId).subscribe({
      next: (result) => settle(remindOutcomeText(member.name, result), false),
      error: (error: unknown) => settle(classifyApiError(error).message, true),
    });
  }
}
