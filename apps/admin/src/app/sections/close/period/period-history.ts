import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { PeriodHistoryEntry } from '@billing/closing/contracts';
import { historyTitle, instantLabel, itemSummary, TeamNames } from '../close-text';
import { ChecklistItems } from './checklist-items';

const ICONS: Readonly<Record<PeriodHistoryEntry['kind'], string>> = { closed: 'lock', reopened: 'lock_open', 'deadline-overridden': 'event' };

/** The period's history, newest first: closes with their note and checklist, reopenings with their reason. */
@Component({
  selector: 'app-period-history',
  imports: [MatButtonModule, MatIconModule, ChecklistItems],
  templateUrl: './period-history.html',
  styleUrl: './period-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodHistory {
  readonly history = input.required<readonly PeriodHistoryEntry[]>();
  readonly timeZone = input.required<string>();
  readonly teamName = input.required<TeamNames>();
  readonly memberName = input.required<(id: string) => string>();

  protected readonly icons = ICONS;
  protected readonly summary = itemSummary;
  private readonly expanded = signal<ReadonlySet<number>>(new Set());
  protected readonly entries = computed(() =>
    this.history()
      .map((entry, index) => ({ entry, title: historyTitle(this.history(), index, this.teamName()) }))
      .reverse(),
  );

  protected when(entry: PeriodHistoryEntry): string {
    return instantLabel(entry.occurredAt, this.timeZone());
  }

  protected actor(entry: PeriodHistoryEntry): string {
    return entry.actor.startsWith('system:') ? 'The system' : this.memberName()(entry.actor);
  }

  protected isExpanded(revision: number): boolean {
    return this.expanded().has(revision);
  }

  protected toggle(revision: number): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(revision)) {
        next.add(revision);
      }
      return next;
    });
  }

  protected openCount(entry: PeriodHistoryEntry): number {
    return (entry.checklist?.items ?? []).filter((item) => item.status === 'open').reduce((sum, item) => sum + item.count, 0);
  }
}
