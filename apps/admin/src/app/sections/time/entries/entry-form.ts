import { FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { TimeEntryView, UpdateTimeEntryRequest } from '@billing/time-tracking/contracts';
import { PathAliases } from '../../setup/shared/api-error';
import { dayInZone, instantMs, timeOfDayInZone, wallClockToInstant } from '../shared/local-time';

export type EntryForm = FormGroup<{
  projectId: FormControl<string>;
  taskId: FormControl<string | null>;
  description: FormControl<string>;
  tags: FormControl<string>;
  billable: FormControl<boolean>;
  startDay: FormControl<string>;
  startTime: FormControl<string>;
  endDay: FormControl<string>;
  endTime: FormControl<string>;
  reason: FormControl<string>;
}>;

/** Server paths (the DTO's and the decider's `changes.*`) -> the form's controls. */
export const ENTRY_PATH_ALIASES: PathAliases = {
  startedAt: 'startTime',
  endedAt: 'endTime',
  'changes.startedAt': 'startTime',
  'changes.endedAt': 'endTime',
  'changes.projectId': 'projectId',
  'changes.taskId': 'taskId',
  'changes.description': 'description',
  'changes.tags': 'tags',
  'changes.billable': 'billable',
};

function endAfterStart(group: EntryForm): ValidationErrors | null {
  const { startDay, startTime, endDay, endTime } = group.getRawValue();
  if (!startDay || !startTime || !endDay || !endTime || group.controls.endDay.disabled) {
    return null;
  }
  return `${endDay}T${endTime}` > `${startDay}T${startTime}` ? null : { endBeforeStart: true };
}

export function buildEntryForm(fb: NonNullableFormBuilder): EntryForm {
  const form: EntryForm = fb.group({
    projectId: fb.control('', Validators.required),
    taskId: fb.control<string | null>(null),
    description: fb.control('', Validators.maxLength(2000)),
    tags: fb.control(''),
    billable: fb.control(true),
    startDay: fb.control('', Validators.required),
    startTime: fb.control('', Validators.required),
    endDay: fb.control('', Validators.required),
    endTime: fb.control('', Validators.required),
    reason: fb.control('', Validators.maxLength(500)),
  });
  form.addValidators(() => endAfterStart(form));
  return form;
}

/** "Client call, Travel" -> ["client call", "travel"]: trimmed, lower case, no duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

export function setEntry(form: EntryForm, entry: TimeEntryView, timeZone: string): void {
  const start = instantMs(entry.startedAt);
  const end = entry.endedAt ? instantMs(entry.endedAt) : null;
  form.setValue({
    projectId: entry.projectId,
    taskId: entry.taskId,
    description: entry.description,
    tags: entry.tags.join(', '),
    billable: entry.billable,
    startDay: dayInZone(start, timeZone),
    startTime: timeOfDayInZone(start, timeZone),
    endDay: end === null ? '' : dayInZone(end, timeZone),
    endTime: end === null ? '' : timeOfDayInZone(end, timeZone),
    reason: '',
  });
  if (entry.running) {
    form.controls.endDay.disable();
    form.controls.endTime.disable();
  }
}

function sameMinute(instant: string, other: string | null): boolean {
  return other !== null && Math.floor(instantMs(instant) / 60_000) === Math.floor(instantMs(other) / 60_000);
}

/**
 * Only what changed. Times are compared by the minute the form shows: an untouched start or end keeps its seconds.
 */
export function entryChanges(form: EntryForm, entry: TimeEntryView, timeZone: string): UpdateTimeEntryRequest {
  const value = form.getRawValue();
  const changes: UpdateTimeEntryRequest = {};
  if (value.projectId !== entry.projectId) {
    changes.projectId = value.projectId;
  }
  if (value.taskId !== entry.taskId || changes.projectId) {
    changes.taskId = value.taskId;
  }
  if (value.description.trim() !== entry.description) {
    changes.description = value.description.trim();
  }
  const tags = parseTags(value.tags);
  if (tags.join('\n') !== entry.tags.join('\n')) {
    changes.tags = tags;
  }
  if (value.billable !== entry.billable) {
    changes.billable = value.billable;
  }
  const startedAt = wallClockToInstant(value.startDay, value.startTime, timeZone);
  if (!sameMinute(startedAt, entry.startedAt)) {
    changes.startedAt = startedAt;
  }
  if (!entry.running) {
    const endedAt = wallClockToInstant(value.endDay, value.endTime, timeZone);
    if (!sameMinute(endedAt, entry.endedAt)) {
      changes.endedAt = endedAt;
    }
  }
  if (Object.keys(changes).length > 0 && value.reason.trim()) {
    changes.reason = value.reason.trim();
  }
  return changes;
}
