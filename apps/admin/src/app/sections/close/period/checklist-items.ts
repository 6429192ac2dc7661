import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ChecklistFindingView, ChecklistItemStatusName, ChecklistItemView } from '@billing/closing/contracts';
import { CHECKLIST_LABELS, dayLabel, findingLink, findingReason, itemSummary } from '../close-text';

const STATUS_ICONS: Readonly<Record<ChecklistItemStatusName, string>> = {
  clear: 'check_circle',
  open: 'warning',
  info: 'info',
  'not-available': 'remove',
};

/** The checklist's items, each with its findings and a link to fix the ones that are entries. */
@Component({
  selector: 'app-checklist-items',
  imports: [RouterLink, MatButtonModule, MatIconModule],
  templateUrl: './checklist-items.html',
  styleUrl: './checklist-items.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistItems {
  readonly items = input.required<readonly ChecklistItemView[]>();
  readonly memberName = input.required<(id: string) => string>();
  /** Snapshots in the history show no fix links: they describe the past. */
  readonly fixLinks = input(true);

  protected readonly labels = CHECKLIST_LABELS;
  protected readonly icons = STATUS_ICONS;
  protected readonly summary = itemSummary;
  protected readonly reason = findingReason;
  protected readonly link = findingLink;
  protected readonly day = dayLabel;

  protected findingLabel(finding: ChecklistFindingView): string {
    return [this.memberName()(finding.memberId), finding.day ? this.day(finding.day) : null, this.reason(finding)].filter(Boolean).join(', ');
  }
}
