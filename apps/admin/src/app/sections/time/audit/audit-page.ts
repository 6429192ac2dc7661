import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AUDIT_RULES, AuditRuleName, TimeAuditFinding } from '@billing/time-tracking/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { createMemberOptions } from '../../setup/shared/member-options';
import { instantMs, shortDayLabel, timeOfDayInZone } from '../shared/local-time';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { classifyTimeError } from '../shared/time-errors';
import { AUDIT_RULE_LABELS, findingDetail } from './audit-rules';

/** Quality findings over the caller's scope (members: their own), each linking to the entry to fix it. */
@Component({
  selector: 'app-audit-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, MatTableModule],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(TimeApi);
  protected readonly context = inject(TimeContext);
  private readonly showsMembers = inject(AuthService).can('members.read');
  protected readonly members = this.showsMembers ? createMemberOptions() : null;

  protected readonly fromDay = signal('');
  protected readonly toDay = signal('');
  protected readonly rule = signal<AuditRuleName | ''>('');
  protected readonly rules = AUDIT_RULES;
  protected readonly ruleLabels = AUDIT_RULE_LABELS;
  protected readonly detail = findingDetail;
  protected readonly columns = this.showsMembers ? ['rule', 'when', 'member', 'work', 'detail', 'fix'] : ['rule', 'when', 'work', 'detail', 'fix'];

  private readonly report = rxResource({
    params: () => ({ from: this.fromDay() || undefined, to: this.toDay() || undefined, version: this.context.version() }),
    stream: ({ params }) => this.api.audit({ from: params.from, to: params.to }),
  });
  protected readonly loading = this.report.isLoading;
  protected readonly failure = computed(() => (this.report.status() === 'error' ? classifyTimeError(this.report.error()).message : null));
  /** Filtered here, so the totals keep counting every rule. */
  protected readonly findings = computed<TimeAuditFinding[]>(() => {
    const findings = this.report.hasValue() ? this.report.value().findings : [];
    const rule = this.rule();
    return rule ? findings.filter((finding) => finding.rule === rule) : findings;
  });
  protected readonly range = computed(() => (this.report.hasValue() ? `${this.report.value().from} – ${this.report.value().to}` : ''));
  protected readonly totals = computed(() => {
    const report = this.report.hasValue() ? this.report.value() : null;
    return report ? AUDIT_RULES.map((rule) => ({ rule, label: AUDIT_RULE_LABELS[rule], count: report.totals[rule] ?? 0 })) : [];
  });
  protected readonly lateAfter = computed(() => (this.report.hasValue() ? this.report.value().lateAfterDays : null));

  protected when(finding: TimeAuditFinding): string {
    const zone = this.context.timeZone() ?? 'UTC';
    const end = finding.endedAt ? timeOfDayInZone(instantMs(finding.endedAt), zone) : 'running';
    return `${shortDayLabel(finding.day)}, ${timeOfDayInZone(instantMs(finding.startedAt), zone)}–${end}`;
  }

  protected labelOf(finding: TimeAuditFinding): string {
    return AUDIT_RULE_LABELS[finding.rule];
  }

  protected toggleRule(rule: AuditRuleName): void {
    this.rule.update((current) => (current === rule ? '' : rule));
  }
}
