import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newIdFor } from '@billing/shared/event-sourcing';
import type { MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import type { Instant, LogTimeEntry } from '@billing/time-tracking/domain';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { CreateTimeEntryCommand } from './create-time-entry.command';

@CommandHandler(CreateTimeEntryCommand)
export class CreateTimeEntryHandler implements ICommandHandler<CreateTimeEntryCommand> {
  constructor(
    private readonly contexts: DecisionContexts,
    private readonly streams: EntryStreams,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, request }: CreateTimeEntryCommand): Promise<TimeEntryView> {
    const memberId = request.memberId ?? principal.memberId;
    const at = this.clock.now();
    const command: LogTimeEntry = {
      type: 'log-time-entry',
      actorId: principal.memberId as MemberId,
      at,
      data: {
        entryId: newIdFor('time-entry') as TimeEntryId,
        memberId: memberId as MemberId,
        projectId: request.projectId as ProjectId,
        taskId: (request.taskId ?? null) as TaskId | null,
        ...(request.description === undefined ? {} : { description: request.description }),
        ...(request.tags === undefined ? {} : { tags: request.tags }),
        ...(request.billable === undefined ? {} : { billable: request.billable }),
        source: 'manual',
        startedAt: request.startedAt as Instant,
        // Both or neither are passed on as sent: the decider names the field that is wrong.
        ...(request.endedAt === undefined ? {} : { endedAt: request.endedAt as Instant }),
        ...(request.durationSeconds === undefined ? {} : { durationSeconds: request.durationSeconds }),
      } as LogTimeEntry['data'],
    };
    const context = await this.contexts.forEntry(principal, { memberId, projectId: request.projectId, startedAt: request.startedAt });
    const { entry, revision } = await this.streams.execute(command, context, { actor: principal.memberId, occurredAt: this.clock.date() });
    return viewOfState(entry, revision, context.timeZone, at);
  }
}
