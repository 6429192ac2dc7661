import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@billing/event-store';

/**
 * A realistic billing event (about 300 bytes of data, 150 of metadata). Every contender receives the same objects:
 * the plain table and the store as the same JSON array, the peer as {type, data, metadata}.
 */
export function sampleEvents(count: number, seed = 0): EventToAppend[] {
  const occurredAt = new Date().toISOString();
  const correlationId = randomUUID();
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    type: 'time-entry-logged',
    schemaVersion: 1,
    data: {
      entryId: randomUUID(),
      memberId: `member-${(seed % 97).toString().padStart(4, '0')}`,
      projectId: `project-${(index % 13).toString().padStart(4, '0')}`,
      taskId: `task-${(index % 7).toString().padStart(4, '0')}`,
      date: '2025-03-14',
      minutes: 15 + ((seed + index) % 120),
      billable: true,
      rateCents: 9500,
      note: 'Reviewed the invoice export and fixed the rounding of partial hours on fixed-fee projects.',
    },
    metadata: {
      actor: `member-${(seed % 97).toString().padStart(4, '0')}`,
      occurredAt,
      correlationId,
      causationId: correlationId,
    },
  }));
}

/** Stream names are unique per benchmark cell so cells never share (or lengthen) each other's streams. */
export const streamName = (
  cell: string,
  writer: number,
  index: number,
): string => `timesheet-${cell}-w${writer}-s${index}`;
