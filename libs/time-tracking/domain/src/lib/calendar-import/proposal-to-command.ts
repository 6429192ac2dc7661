import { MemberId, TimeEntryId } from '@billing/shared/kernel';
import { Instant } from '../shared/instant';
import { LogTimeEntry } from '../time-entry/time-entry.commands';
import { CalendarProposal } from './calendar-import.types';

/** The log-time-entry command for an accepted proposal; billable is left to the task's or project's default. */
export function calendarProposalToCommand(
  proposal: Extract<CalendarProposal, { outcome: 'proposed' }>,
  issued: { entryId: TimeEntryId; actorId: MemberId; at: Instant },
): LogTimeEntry {
  return {
    type: 'log-time-entry',
    actorId: issued.actorId,
    at: issued.at,
    data: {
      entryId: issued.entryId,
      memberId: proposal.memberId,
      projectId: proposal.projectId,
      taskId: proposal.taskId,
      description: proposal.description,
      source: 'calendar',
      externalId: proposal.externalId,
      startedAt: proposal.startedAt,
      endedAt: proposal.endedAt,
    },
  };
}
