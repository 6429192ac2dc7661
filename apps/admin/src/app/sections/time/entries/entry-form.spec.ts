import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { TimeEntryView } from '@billing/time-tracking/contracts';
import { buildEntryForm, entryChanges, parseTags, setEntry } from './entry-form';

const ENTRY: TimeEntryView = {
  id: 'e-1',
  revision: 3,
  memberId: 'm',
  projectId: 'p1',
  taskId: 't1',
  description: 'Sprint review',
  tags: ['meeting'],
  billable: true,
  billed: false,
  source: 'timer',
  externalId: null,
  startedAt: '2026-03-10T08:00:17Z',
  endedAt: '2026-03-10T09:30:42Z',
  durationSeconds: 5425,
  running: false,
  deleted: false,
  day: '2026-03-10',
  week: '2026-W11',
  month: '2026-03',
  recordedAt: '2026-03-10T09:30:42Z',
  adjustment: null,
  adjustmentSeconds: 0,
};

describe('entry form', () => {
  const form = () => buildEntryForm(TestBed.inject(NonNullableFormBuilder));

  it('shows start and end on the organisation wall clock', () => {
    const entryForm = form();
    setEntry(entryForm, ENTRY, 'Europe/Berlin');
    expect(entryForm.getRawValue()).toMatchObject({ startDay: '2026-03-10', startTime: '09:00', endDay: '2026-03-10', endTime: '10:30', tags: 'meeting' });
  });

  it('sends nothing when nothing changed, keeping the seconds of untouched times', () => {
    const entryForm = form();
    setEntry(entryForm, ENTRY, 'Europe/Berlin');
    expect(entryChanges(entryForm, ENTRY, 'Europe/Berlin')).toEqual({});
  });

  it('sends only the changed fields, the reason with them', () => {
    const entryForm = form();
    setEntry(entryForm, ENTRY, 'Europe/Berlin');
    entryForm.patchValue({ endTime: '11:00', tags: 'Meeting, Travel ,travel', reason: 'forgot the way back' });
    expect(entryChanges(entryForm, ENTRY, 'Europe/Berlin')).toEqual({
      endedAt: '2026-03-10T10:00:00Z',
      tags: ['meeting', 'travel'],
      reason: 'forgot the way back',
    });
  });

  it('sends the task with a new project, and refuses an end before the start', () => {
    const entryForm = form();
    setEntry(entryForm, ENTRY, 'Europe/Berlin');
    entryForm.patchValue({ projectId: 'p2', taskId: null });
    expect(entryChanges(entryForm, ENTRY, 'Europe/Berlin')).toEqual({ projectId: 'p2', taskId: null });
    entryForm.patchValue({ endTime: '08:00' });
    expect(entryForm.hasError('endBeforeStart')).toBe(true);
  });

  it('parses tags', () => {
    expect(parseTags(' a, B ,, b ')).toEqual(['a', 'b']);
  });
});
