import { ChangeDetectionStrategy, Component, computed, effect, inject, input, model } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TimeContext } from './time-context';

/** A project select and a task select of that project (active projects the person may log time on). */
@Component({
  selector: 'app-project-task-picker',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field class="picker-project" subscriptSizing="dynamic">
      <mat-label>{{ projectLabel() }}</mat-label>
      <mat-select [value]="projectId()" (valueChange)="chooseProject($event)" [disabled]="disabled()">
        @for (project of context.pickableProjects(); track project.id) {
          <mat-option [value]="project.id">{{ project.name }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field class="picker-task" subscriptSizing="dynamic">
      <mat-label>{{ taskLabel() }}</mat-label>
      <mat-select [value]="taskId()" (valueChange)="taskId.set($event)" [disabled]="disabled() || !projectId()">
        <mat-option [value]="null">No task</mat-option>
        @for (task of tasks(); track task.id) {
          <mat-option [value]="task.id">{{ task.name }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
    .picker-project { width: var(--picker-project-width, 220px); }
    .picker-task { width: var(--picker-task-width, 180px); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectTaskPicker {
  protected readonly context = inject(TimeContext);
  readonly projectId = model<string | null>(null);
  readonly taskId = model<string | null>(null);
  readonly disabled = input(false);
  /** Prefix for the labels, e.g. "Rule 1 " in a list of pickers. */
  readonly labelPrefix = input('');

  protected readonly projectLabel = computed(() => `${this.labelPrefix()}Project`.trim());
  protected readonly taskLabel = computed(() => {
    const project = this.projectId() ? this.context.project(this.projectId() ?? '') : undefined;
    return `${this.labelPrefix()}Task${project?.requiredFields.task ? ' (required)' : ''}`.trim();
  });
  protected readonly tasks = computed(() => this.context.tasksOf(this.projectId()).filter((task) => !task.archived || task.id === this.taskId()));

  constructor() {
    effect(() => this.context.loadTasks([this.projectId()]));
  }

  protected chooseProject(projectId: string): void {
    this.projectId.set(projectId);
    this.taskId.set(null);
  }
}
