import { ChangeDetectionStrategy, Component, computed, effect, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MAX_GROUP_LEVELS, REPORT_GROUP_BY, ReportGroupBy } from '@billing/reporting/contracts';
import { GROUP_BY_LABELS } from '../../../shared/report/report-format';
import { PERIOD_PRESET_LABELS, PERIOD_PRESETS, PeriodPreset } from '../../../shared/report/report-period';
import { DEFAULT_DEFINITION, ReportDefinition, setGroupLevel } from '../shared/report-definition';
import { ReportOptions } from '../shared/report-options';
import { MultiSelectFilter } from './multi-select-filter';

type Tristate = 'any' | 'yes' | 'no';
type ListField = 'clientIds' | 'projectIds' | 'taskIds' | 'memberIds' | 'teamIds';

const GROUP_LEVEL_LABELS = ['Group by', 'Then by', 'And then by'];

/** Period, filters and grouping of a report. Every change updates `definition` at once. */
@Component({
  selector: 'app-report-filter-bar',
  imports: [MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, MultiSelectFilter],
  templateUrl: './report-filter-bar.html',
  styleUrl: './report-filter-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFilterBar {
  readonly definition = model.required<ReportDefinition>();
  readonly options = input.required<ReportOptions>();
  /** The resolved days, e.g. "1 – 31 Mar 2026". */
  readonly periodText = input('');

  protected readonly presets = PERIOD_PRESETS;
  protected readonly presetLabels = PERIOD_PRESET_LABELS;
  protected readonly dimensions = REPORT_GROUP_BY;
  protected readonly dimensionLabels = GROUP_BY_LABELS;
  protected readonly levels = Array.from({ length: MAX_GROUP_LEVELS }, (_, index) => ({ index, label: GROUP_LEVEL_LABELS[index] }));

  protected readonly projects = computed(() => this.options().projectsOf(this.definition().clientIds));
  protected readonly tasks = computed(() => this.options().tasksOf(this.definition().projectIds));

  constructor() {
    effect(() => this.options().loadTasks(this.definition().projectIds));
  }

  protected patch(change: Partial<ReportDefinition>): void {
    this.definition.update((current) => ({ ...current, ...change }));
  }

  protected setPreset(preset: PeriodPreset): void {
    this.patch({ preset });
  }

  protected setList(field: ListField, ids: readonly string[]): void {
    this.patch({ [field]: [...ids] });
  }

  protected tristate(value: boolean | null): Tristate {
    return value === null ? 'any' : value ? 'yes' : 'no';
  }

  protected setTristate(field: 'billable' | 'billed', value: Tristate): void {
    this.patch({ [field]: value === 'any' ? null : value === 'yes' });
  }

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    if (tag && !this.definition().tags.includes(tag)) {
      this.patch({ tags: [...this.definition().tags, tag] });
    }
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.patch({ tags: this.definition().tags.filter((candidate) => candidate !== tag) });
  }

  protected setLevel(index: number, dimension: ReportGroupBy | null): void {
    this.patch({ groupBy: setGroupLevel(this.definition().groupBy, index, dimension) });
  }

  protected levelValue(index: number): ReportGroupBy | null {
    return this.definition().groupBy.at(index) ?? null;
  }

  /** A level can take any dimension not used above it. */
  protected choicesFor(index: number): readonly ReportGroupBy[] {
    const above = this.definition().groupBy.slice(0, index);
    return this.dimensions.filter((dimension) => !above.includes(dimension));
  }

  protected clear(): void {
    this.definition.update((current) => ({ ...DEFAULT_DEFINITION, preset: current.preset, from: current.from, to: current.to, groupBy: current.groupBy }));
  }
}
