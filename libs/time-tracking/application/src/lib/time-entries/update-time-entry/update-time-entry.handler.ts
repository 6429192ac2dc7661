import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import type { EditTimeEntry, EntryEdits, Instant } from '@billing/time-tracking/domain';
import { AdjustedEntryLocks, type LockedAdjustments } from '../../shared/adjusted-entry-locks';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { UpdateTimeEntryCommand } from './update-time-entry.command';

function editsOf(request: UpdateTimeEntryCommand['request']): EntryEdits {
  return {
    ...(request.projectId === undefined ? {} : { projectId: request.projectId as ProjectId }),
    ...(request.taskId === undefined ? {} : { taskId: request.taskId as TaskId | null }),
    ...(request.description === undefined ? {} : { description: request.description }),
    ...(request.tags === undefined ? {} : { tags: request.tags }),
    ...(request.billable === undefined ? {} : { billable: request.billable }),
    ...(request.startedAt === undefined ? {} : { startedAt: request.startedAt as Instant }),
    ...(request.endedAt === undefined ? {} : { endedAt: request.endedAt as Instant }),
  };
}

@CommandHandler(UpdateTimeEntryCommand)
export class UpdateTimeEntryHandler implements ICommandHandler<UpdateTimeEntryCommand> {
  constructor(
    private readonly contexts: DecisionContexts,
    private readonly streams: EntryStreams,
    private readonly clock: CommandClock,
    private readonly locks: AdjustedEntryLocks,
  ) {}

  /** Under the entry's lock: whether it has live adjustments (which keep its times) cannot change meanwhile. */
  execute(command: UpdateTimeEntryCommand): Promise<TimeEntryView> {
    return this.locks.withLock(command.entryId, (adjustments) => this.edit(command, adjustments));
  }

  private async edit({ principal, entryId, expectedRevision, request }: UpdateTimeEntryCommand, adjustments: LockedAdjustments): Promise<TimeEntryView> {
    const { entry } = await this.streams.load(entryId);
    const changes = editsOf(request);
    const at = this.clock.now();
    const command: EditTimeEntry = {
      type: 'edit-time-entry',
      actorId: principal.memberId as MemberId,
      at,
      data: { entryId: entryId as TimeEntryId, changes, ...(request.reason === undefined ? {} : { reason: request.reason }) },
    };
    const context = await this.contexts.forEntry(principal, {
      memberId: entry.memberId,
      projectId: changes.projectId ?? entry.projectId,
      startedAt: changes.startedAt ?? entry.startedAt,
      before: { projectId: entry.projectId, startedAt: entry.startedAt },
    });
    context.liveAdjustments = adjustments.live;
    const written = await this.streams.execute(
      command,
      context,
      { actor: principal.memberId, occurredAt: this.clock.date(), ...(request.reason ? { reason: request.reason } : {}) },
      expectedRevision,
    );
    return viewOfState(written.entry, written.revision, context.timeZone, at);
  }
}
