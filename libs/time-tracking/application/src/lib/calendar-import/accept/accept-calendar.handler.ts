import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { uuidFromSeed } from '@billing/shared/event-sourcing';
import { ConflictError, DomainError, type MemberId, type ProjectId, type TaskId, type TimeEntryId } from '@billing/shared/kernel';
import type { AcceptCalendarProposalsResponse, AcceptedCalendarOutcome, AcceptedCalendarProposal } from '@billing/time-tracking/contracts';
import type { Instant, LogTimeEntry } from '@billing/time-tracking/domain';
import { mapDomainError } from '@billing/shared/nest';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { ImportedEntries } from '../preview/imported-entries';
import { AcceptCalendarCommand } from './accept-calendar.command';

/**
 * The entry id of an import is derived from the member and the external id, so two accepts of the same occurrence
 * (two tabs, a retry without Idempotency-Key) address one stream: the second finds it and reports `already-imported`.
 */
export const calendarEntryId = (memberId: string, externalId: string) => uuidFromSeed(`calendar-import|${memberId}|${externalId}`) as TimeEntryId;

@CommandHandler(AcceptCalendarCommand)
export class AcceptCalendarHandler implements ICommandHandler<AcceptCalendarCommand> {
  constructor(
    private readonly contexts: DecisionContexts,
    private readonly streams: EntryStreams,
    private readonly imported: ImportedEntries,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, request }: AcceptCalendarCommand): Promise<AcceptCalendarProposalsResponse> {
    const results: AcceptedCalendarOutcome[] = [];
    for (const proposal of request.proposals) results.push(await this.acceptOne(principal.memberId, proposal, principal));
    return { results };
  }

  private async acceptOne(memberId: string, proposal: AcceptedCalendarProposal, principal: AcceptCalendarCommand['principal']): Promise<AcceptedCalendarOutcome> {
    const externalId = proposal.externalId.trim();
    const entryId = calendarEntryId(memberId, externalId);
    const earlier = (await this.imported.of(memberId, [externalId])).get(externalId);
    const command: LogTimeEntry = {
      type: 'log-time-entry',
      actorId: principal.memberId as MemberId,
      at: this.clock.now(),
      data: {
        entryId,
        memberId: memberId as MemberId,
        projectId: proposal.projectId as ProjectId,
        taskId: (proposal.taskId ?? null) as TaskId | null,
        description: proposal.description,
        ...(proposal.tags === undefined ? {} : { tags: proposal.tags }),
        ...(proposal.billable === undefined ? {} : { billable: proposal.billable }),
        source: 'calendar',
        externalId,
        startedAt: proposal.startedAt as Instant,
        endedAt: proposal.endedAt as Instant,
      },
    };
    try {
      const context = await this.contexts.forEntry(principal, { memberId, projectId: proposal.projectId, startedAt: proposal.startedAt });
      await this.streams.execute({ ...command }, { ...context, ...(earlier === undefined ? {} : { entryWithSameExternalId: earlier }) }, {
        actor: principal.memberId,
        occurredAt: this.clock.date(),
      });
      return { externalId, outcome: 'logged', entryId };
    } catch (error) {
      if (error instanceof ConflictError && (error.code === 'ENTRY_ALREADY_EXISTS' || error.code === 'ALREADY_IMPORTED')) {
        return { externalId, outcome: 'already-imported', entryId: earlier ?? entryId };
      }
      if (error instanceof DomainError) {
        const mapped = mapDomainError(error);
        return { externalId, outcome: 'refused', status: mapped?.status ?? 422, code: error.code, message: error.message };
      }
      throw error;
    }
  }
}
