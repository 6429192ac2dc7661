import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CalendarImportRule } from '@billing/time-tracking/contracts';
import { firstValueFrom } from 'rxjs';
import { ProjectTaskPicker } from '../shared/project-task-picker';
import { TimeApi } from '../shared/time-api';
import { classifyTimeError } from '../shared/time-errors';

interface DraftRule {
  readonly id: number;
  keyword: string;
  projectId: string | null;
  taskId: string | null;
}

const MAX_RULES = 100;

/** The person's keyword rules (event title contains keyword -> project/task), edited as a list and saved whole. */
@Component({
  selector: 'app-calendar-rules-editor',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ProjectTaskPicker],
  templateUrl: './calendar-rules-editor.html',
  styleUrl: './calendar-rules-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarRulesEditor {
  private readonly api = inject(TimeApi);
  private readonly snackBar = inject(MatSnackBar);
  private nextId = 1;

  readonly saved = output<void>();

  protected readonly rules = signal<DraftRule[]>([]);
  protected readonly revision = signal(0);
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly loading = signal(true);

  constructor() {
    void firstValueFrom(this.api.calendarRules())
      .then((rules) => this.reset(rules.rules, rules.revision))
      .catch((error: unknown) => this.error.set(classifyTimeError(error).message))
      .finally(() => this.loading.set(false));
  }

  protected add(): void {
    this.rules.update((rules) => [...rules, { id: this.nextId++, keyword: '', projectId: null, taskId: null }]);
    this.dirty.set(true);
  }

  protected remove(id: number): void {
    this.rules.update((rules) => rules.filter((rule) => rule.id !== id));
    this.dirty.set(true);
  }

  protected change(id: number, patch: Partial<Omit<DraftRule, 'id'>>): void {
    this.rules.update((rules) => rules.map((rule) => (rule.id === id ? { ...rule, ...patch, ...(patch.projectId !== undefined && patch.projectId !== rule.projectId ? { taskId: null } : {}) } : rule)));
    this.dirty.set(true);
  }

  protected complete(rule: DraftRule): boolean {
    return rule.keyword.trim() !== '' && rule.projectId !== null;
  }

  protected canSave(): boolean {
    return this.dirty() && !this.saving() && this.rules().length <= MAX_RULES && this.rules().every((rule) => this.complete(rule));
  }

  protected async save(): Promise<void> {
    if (!this.canSave()) {
      return;
    }
    const rules: CalendarImportRule[] = this.rules().map((rule) => ({ keyword: rule.keyword.trim(), projectId: rule.projectId ?? '', taskId: rule.taskId }));
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await firstValueFrom(this.api.saveCalendarRules(rules, this.revision()));
      this.reset(saved.rules, saved.revision);
      this.snackBar.open('Rules saved', undefined, { duration: 3000 });
      this.saved.emit();
    } catch (error: unknown) {
      const failure = classifyTimeError(error);
      if (failure.kind === 'stale') {
        this.error.set('Your rules were changed in another window. Reload them, then redo your change.');
      } else if (failure.kind === 'validation' && failure.fields.length > 0) {
        this.error.set(failure.fields.map((field) => `${field.path.replace(/^rules\[(\d+)\]/, (_, index: string) => `Rule ${Number(index) + 1}`)} ${field.reason}`).join('; '));
      } else {
        this.error.set(failure.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected async reload(): Promise<void> {
    const rules = await firstValueFrom(this.api.calendarRules());
    this.reset(rules.rules, rules.revision);
    this.error.set(null);
  }

  private reset(rules: readonly CalendarImportRule[], revision: number): void {
    this.rules.set(rules.map((rule) => ({ id: this.nextId++, keyword: rule.keyword, projectId: rule.projectId, taskId: rule.taskId ?? null })));
    this.revision.set(revision);
    this.dirty.set(false);
  }
}
