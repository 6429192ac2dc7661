import { booleanAttribute, ChangeDetectionStrategy, Component, computed, effect, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TimeEntryView } from '@billing/time-tracking/contracts';
import { startWith, switchMap } from 'rxjs';
import { ENCLOSING_FORM } from '../../setup/shared/enclosing-form';
import { errorMessage } from '../../setup/shared/error-message';
import { TimeContext } from '../shared/time-context';

/** The controls of the enclosing form that the fields bind. */
export interface ProjectTaskControls {
  readonly projectId: FormControl<string>;
  readonly taskId: FormControl<string | null>;
}

/**
 * The project and task selects of an entry's dialog, bound to the enclosing form so its submit and error state
 * cover them. The task is cleared only when the person chooses another project: filling the form from an entry
 * (on opening, or on reloading it after a conflict) keeps the entry's task.
 */
@Component({
  selector: 'app-project-task-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule],
  viewProviders: ENCLOSING_FORM,
  template: `
    <mat-form-field>
      <mat-label>Project</mat-label>
      <mat-select formControlName="projectId" (selectionChange)="controls().taskId.setValue(null)">
        @for (project of projects(); track project.id) {
          <mat-option [value]="project.id">{{ project.name }}</mat-option>
        }
      </mat-select>
      <mat-error>{{ message(controls().projectId.errors) }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>Task{{ taskRequired() ? ' (required)' : '' }}</mat-label>
      <mat-select formControlName="taskId">
        <mat-option [value]="null">No task</mat-option>
        @for (task of tasks(); track task.id) {
          <mat-option [value]="task.id">{{ task.name }}</mat-option>
        }
      </mat-select>
      <mat-error>{{ message(controls().taskId.errors) }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectTaskFields {
  readonly controls = input.required<ProjectTaskControls>();
  /** The section's TimeContext (dialogs live outside the routed component tree, so it is handed in). */
  readonly context = input.required<TimeContext>();
  /** The entry being changed: its project and task stay listed even when archived or no longer pickable. */
  readonly entry = input.required<Pick<TimeEntryView, 'projectId' | 'taskId'>>();
  /** Label the task "(required)" where the chosen project requires one (an edit checks it; an adjustment does not). */
  readonly markTaskRequired = input(false, { transform: booleanAttribute });

  /** The project in the form, whether the person chose it or the dialog filled it in. */
  private readonly projectId = toSignal(
    toObservable(this.controls).pipe(switchMap(({ projectId }) => projectId.valueChanges.pipe(startWith(projectId.value)))),
    { initialValue: null },
  );
  protected readonly projects = computed(() => {
    const current = this.context().project(this.entry().projectId);
    const pickable = this.context().pickableProjects();
    return current && !pickable.includes(current) ? [current, ...pickable] : pickable;
  });
  protected readonly tasks = computed(() =>
    this.context()
      .tasksOf(this.projectId())
      .filter((task) => !task.archived || task.id === this.entry().taskId),
  );
  protected readonly taskRequired = computed(() => this.markTaskRequired() && (this.context().project(this.projectId() ?? '')?.requiredFields.task ?? false));
  protected readonly message = errorMessage;

  constructor() {
    effect(() => this.context().loadTasks([this.projectId()]));
  }
}
