import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MAX_PAGE_SIZE, TaskView } from '@billing/organisation/contracts';
import { DatedRateView, RATE_LEVEL_NAMES, RateBookView, RateLevelName } from '@billing/rates/contracts';
import { firstValueFrom, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { confirmAction } from '../../setup/shared/confirm-dialog';
import { createMemberOptions } from '../../setup/shared/member-options';
import { createOrganisationDefaults } from '../../setup/shared/organisation-defaults';
import { SetupApi } from '../../setup/shared/setup-api';
import { createBillingOptions } from '../shared/billing-options';
import { moneyLabel } from '../shared/billing-money';
import { LEVEL_LABELS, localToday, sameScope, scopeFor, subjectsOf } from '../shared/billing-text';
import { RatesApi } from '../shared/rates-api';
import { readableError } from '../shared/readable-error';
import { AddRateForm, NewRate } from './add-rate-form';
import { currentRate } from './rate-dates';
import { RateHistoryTable } from './rate-history-table';

/**
 * The rate book: billable rates at the six levels (pick a level and its subject, see the history, add or remove a
 * dated rate) and cost rates per member. Currencies follow the scope: the client's for client-bound levels, the
 * organisation's default for the organisation and member levels and for cost rates.
 */
@Component({
  selector: 'app-rates-page',
  imports: [MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, AddRateForm, RateHistoryTable],
  templateUrl: './rates-page.html',
  styleUrl: '../shared/billing-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatesPage {
  private readonly api = inject(RatesApi);
  private readonly setup = inject(SetupApi);
  private readonly dialog = inject(MatDialog);
  protected readonly canWrite = inject(AuthService).can('rates.write');
  protected readonly options = createBillingOptions();
  protected readonly members = createMemberOptions();
  private readonly defaults = createOrganisationDefaults();
  protected readonly today = localToday();
  protected readonly levels = RATE_LEVEL_NAMES;
  protected readonly levelLabel = LEVEL_LABELS;
  protected readonly money = moneyLabel;

  private readonly loaded = rxResource({ stream: () => this.api.book() });
  /** The book as last answered by a write, else as loaded. */
  private readonly written = signal<RateBookView | null>(null);
  protected readonly book = computed(() => this.written() ?? (this.loaded.hasValue() ? this.loaded.value() : null));
  protected readonly loading = this.loaded.isLoading;
  protected readonly error = signal<string | null>(null);
  protected readonly loadError = computed(() => (this.loaded.status() === 'error' ? readableError(this.loaded.error()) : null));

  protected readonly level = signal<RateLevelName>('project');
  protected readonly memberId = signal('');
  protected readonly projectId = signal('');
  protected readonly taskId = signal('');
  protected readonly clientId = signal('');
  protected readonly costMemberId = signal('');
  protected readonly needs = computed(() => subjectsOf(this.level()));

  private readonly taskList = rxResource({
    params: () => ({ projectId: this.needs().task ? this.projectId() : '' }),
    stream: ({ params }) =>
      params.projectId ? this.setup.list<TaskView>(`/projects/${params.projectId}/tasks`, { pageSize: MAX_PAGE_SIZE }) : of({ items: [] as TaskView[], total: 0, page: 1, pageSize: 0 }),
  });
  protected readonly tasks = computed(() => (this.taskList.hasValue() ? this.taskList.value().items : []));

  protected readonly scope = computed(() =>
    scopeFor(this.level(), { memberId: this.memberId(), projectId: this.projectId(), taskId: this.taskId(), clientId: this.clientId() }),
  );
  protected readonly history = computed<readonly DatedRateView[]>(() => {
    const scope = this.scope();
    const found = scope && this.book()?.billable.find((entry) => sameScope(entry.scope, scope));
    return found ? found.history : [];
  });
  protected readonly current = computed(() => currentRate(this.history(), this.today));
  /** The currency rates of the chosen scope must be in. */
  protected readonly currency = computed(() => {
    const level = this.level();
    if (level === 'client') {
      return this.options.clientOf(this.clientId())?.currency ?? this.defaults.currency();
    }
    if (level === 'organisation' || level === 'member') {
      return this.defaults.currency();
    }
    return this.options.project(this.projectId())?.currency ?? this.defaults.currency();
  });
  protected readonly defaultCurrency = this.defaults.currency;
  protected readonly costHistory = computed<readonly DatedRateView[]>(() => this.book()?.cost.find((entry) => entry.memberId === this.costMemberId())?.history ?? []);
  protected readonly currentCost = computed(() => currentRate(this.costHistory(), this.today));

  protected readonly saveBillable = (rate: NewRate) => {
    const scope = this.scope();
    if (!scope) {
      throw new Error('No scope chosen');
    }
    return this.api.setBillable({ scope, ...rate });
  };
  protected readonly saveCost = (rate: NewRate) => this.api.setCost({ memberId: this.costMemberId(), ...rate });

  protected chooseLevel(level: RateLevelName): void {
    this.level.set(level);
    this.taskId.set('');
  }

  protected chooseProject(projectId: string): void {
    this.projectId.set(projectId);
    this.taskId.set('');
  }

  protected wrote(book: RateBookView): void {
    this.written.set(book);
    this.error.set(null);
  }

  protected async removeBillable(rate: DatedRateView): Promise<void> {
    const scope = this.scope();
    if (scope && (await this.confirmRemoval(rate))) {
      await this.write(() => firstValueFrom(this.api.removeBillable(scope, rate.validFrom)));
    }
  }

  protected async removeCost(rate: DatedRateView): Promise<void> {
    const memberId = this.costMemberId();
    if (memberId && (await this.confirmRemoval(rate))) {
      await this.write(() => firstValueFrom(this.api.removeCost(memberId, rate.validFrom)));
    }
  }

  private confirmRemoval(rate: DatedRateView): Promise<boolean> {
    return confirmAction(this.dialog, {
      title: 'Remove rate?',
      message: `The rate of ${moneyLabel(rate.ratePerHour)} from ${rate.validFrom} is removed; the rate before it applies again from that day. Billed entries keep their amounts.`,
      confirmLabel: 'Remove',
    });
  }

  private async write(request: () => Promise<RateBookView>): Promise<void> {
    this.error.set(null);
    try {
      this.wrote(await request());
    } catch (error: unknown) {
      this.error.set(readableError(error));
    }
  }
}
