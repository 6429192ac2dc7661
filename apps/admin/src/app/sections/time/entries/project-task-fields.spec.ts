import { Component, inject, signal } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatSelectHarness } from '@angular/material/select/testing';
import { of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { provideTestIcons } from '../../../testing/test-icons';
import { SetupApi } from '../../setup/shared/setup-api';
import { TimeContext } from '../shared/time-context';
import { ProjectTaskFields } from './project-task-fields';

const PROJECTS = [
  { id: 'p1', name: 'Alpha', status: 'active', memberIds: [], requiredFields: { task: false, description: false } },
  { id: 'p2', name: 'Beta', status: 'active', memberIds: [], requiredFields: { task: true, description: false } },
];
const TASKS: Record<string, object[]> = {
  p1: [
    { id: 't1', projectId: 'p1', name: 'Design', archived: true },
    { id: 't2', projectId: 'p1', name: 'Build', archived: false },
    { id: 't3', projectId: 'p1', name: 'Retired', archived: true },
  ],
  p2: [{ id: 't4', projectId: 'p2', name: 'Support', archived: false }],
};

/** Lists the projects, and a project's tasks at `/projects/:id/tasks`. */
const setupApi = {
  get: () => of({ timeZone: 'Europe/Berlin' }),
  list: (path: string) => of({ items: path === '/projects' ? PROJECTS : (TASKS[path.split('/')[2]] ?? []) }),
};

/** A dialog as EntryDialog builds it: the form is filled from the entry before the fields first render. */
@Component({
  imports: [ReactiveFormsModule, ProjectTaskFields],
  providers: [TimeContext],
  template: `
    <form [formGroup]="form">
      <app-project-task-fields [controls]="form.controls" [context]="context" [entry]="entry()" [markTaskRequired]="markTaskRequired()" />
    </form>
  `,
})
class DialogHost {
  readonly context = inject(TimeContext);
  readonly entry = signal({ projectId: 'p1', taskId: 't1' as string | null });
  readonly markTaskRequired = signal(false);
  readonly form = inject(NonNullableFormBuilder).group({ projectId: '', taskId: null as string | null });

  constructor() {
    this.form.setValue(this.entry());
  }
}

describe('ProjectTaskFields', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [DialogHost],
      providers: [provideTestIcons(), { provide: SetupApi, useValue: setupApi }, { provide: AuthService, useValue: { user: () => null, can: () => true } }],
    });
    const fixture = TestBed.createComponent(DialogHost);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = (control: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formcontrolname="${control}"]` }));
    const optionTexts = async (control: string) => {
      const harness = await select(control);
      await harness.open();
      const texts = await Promise.all((await harness.getOptions()).map((option) => option.getText()));
      await harness.close();
      return texts;
    };
    const labels = () => [...(fixture.nativeElement as HTMLElement).querySelectorAll('mat-label')].map((label) => label.textContent?.trim());
    return { fixture, host: fixture.componentInstance, select, optionTexts, labels };
  }

  it('keeps the task of the entry being edited, listed though archived', async () => {
    const { host, select, optionTexts } = await render();
    expect(host.form.getRawValue()).toEqual({ projectId: 'p1', taskId: 't1' });
    expect(await (await select('taskId')).getValueText()).toBe('Design');
    expect(await optionTexts('taskId')).toEqual(['No task', 'Design', 'Build']);
  });

  it('keeps the task when the dialog refills the form from the entry as it is now', async () => {
    const { fixture, host, select } = await render();
    host.entry.set({ projectId: 'p2', taskId: 't4' });
    host.form.setValue(host.entry());
    await fixture.whenStable();
    expect(host.form.getRawValue()).toEqual({ projectId: 'p2', taskId: 't4' });
    expect(await (await select('taskId')).getValueText()).toBe('Support');
  });

  it('clears the task when the person chooses another project, and lists that project’s tasks', async () => {
    const { host, select, optionTexts } = await render();
    const project = await select('projectId');
    await project.open();
    await project.clickOptions({ text: 'Beta' });
    expect(host.form.getRawValue()).toEqual({ projectId: 'p2', taskId: null });
    expect(await optionTexts('taskId')).toEqual(['No task', 'Support']);
  });

  it('marks the task required where asked to and the chosen project requires one', async () => {
    const { fixture, host, labels } = await render();
    host.form.controls.projectId.setValue('p2');
    await fixture.whenStable();
    expect(labels()).toEqual(['Project', 'Task']);
    host.markTaskRequired.set(true);
    await fixture.whenStable();
    expect(labels()).toEqual(['Project', 'Task (required)']);
    host.form.controls.projectId.setValue('p1');
    await fixture.whenStable();
    expect(labels()).toEqual(['Project', 'Task']);
  });
});
