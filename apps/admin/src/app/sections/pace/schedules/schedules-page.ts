import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { createMemberOptions } from '../../setup/shared/member-options';
import { PaceContext } from '../shared/pace-context';
import { ScheduleEditor } from './schedule-editor';
import { TimeOffEditor } from './time-off-editor';

/** Schedules and time off of one member (`?member=`; default: the signed-in person). */
@Component({
  selector: 'app-pace-schedules-page',
  imports: [MatFormFieldModule, MatSelectModule, ScheduleEditor, TimeOffEditor],
  template: `
    @if (context.canListMembers()) {
      <mat-form-field subscriptSizing="dynamic" class="member-picker">
        <mat-label>Member</mat-label>
        <mat-select [value]="shownMemberId()" (selectionChange)="choose($event.value)">
          @for (member of members.members(); track member.id) {
            <mat-option [value]="member.id">{{ member.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
    @if (shownMemberId(); as memberId) {
      @if (context.today(); as today) {
        <app-pace-schedule-editor [memberId]="memberId" [canEdit]="context.canManageMembers()" [today]="today" />
      }
      <app-pace-time-off-editor [memberId]="memberId" [canEdit]="context.canManageMembers()" />
    } @else {
      <p>Pick a member.</p>
    }
  `,
  styles: `
    .member-picker { min-width: 280px; margin-bottom: 20px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchedulesPage {
  private readonly router = inject(Router);
  protected readonly context = inject(PaceContext);
  protected readonly members = createMemberOptions();

  readonly member = input<string>();
  protected readonly shownMemberId = computed(() => this.member() || this.context.memberId());

  protected choose(memberId: string): void {
    void this.router.navigate([], { queryParams: { member: memberId }, queryParamsHandling: 'merge' });
  }
}
