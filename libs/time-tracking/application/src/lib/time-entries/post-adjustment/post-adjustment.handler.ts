import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newIdFor } from '@billing/shared/event-sourcing';
import type { LocalDate, MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import type { PostAdjustingEntry } from '@billing/time-tracking/domain';
import { AdjustedEntryLocks, type LockedAdjustments } from '../../shared/adjusted-entry-locks';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { PostAdjustmentCommand } from './post-adjustment.command';

@CommandHandler(PostAdjustmentCommand)
export class PostAdjustmentHandler implements ICommandHandler<PostAdjustmentCommand> {
  constructor(
    private readonly contexts: DecisionContexts,
    private readonly streams: EntryStreams,
    private readonly locks: AdjustedEntryLocks,
    private readonly clock: CommandClock,
  ) {}

  /** Under the adjusted entry's lock: two corrections posted at once are checked against each other. */
  execute(command: PostAdjustmentCommand): Promise<TimeEntryView> {
    return this.locks.withLock(command.adjustsEntryId, (adjustments) => this.post(command, adjustments));
  }

  private async post({ principal, adjustsEntryId, request }: PostAdjustmentCommand, adjustments: LockedAdjustments): Promise<TimeEntryView> {
    const { entry } = await this.streams.load(adjustsEntryId);
    const projectId = request.projectId ?? entry.projectId;
    const at = this.clock.now();
    const command: PostAdjustingEntry = {
      type: 'post-adjusting-entry',
      actorId: principal.memberId as MemberId,
      at,
      data: {
        entryId: newIdFor('time-entry') as TimeEntryId,
        adjustsEntryId: entry.entryId,
        durationSeconds: request.durationSeconds,
        reason: request.reason,
        ...(request.day === undefined ? {} : { day: request.day as LocalDate }),
        ...(request.projectId === undefined ? {} : { projectId: request.projectId as ProjectId }),
        ...(request.taskId === undefined ? {} : { taskId: request.taskId as TaskId | null }),
        ...(request.billable === undefined ? {} : { billable: request.billable }),
        ...(request.description === undefined ? {} : { description: request.description }),
        ...(request.tags === undefined ? {} : { tags: request.tags }),
      },
    };
    // Scope is checked where the adjusted entry sits, and also on the project the hours move to.
    const placement = {
      memberId: entry.memberId,
      projectId,
      startedAt: entry.startedAt,
      ...(projectId === entry.projectId ? {} : { before: { projectId: entry.projectId, startedAt: entry.startedAt } }),
    };
    const context = {
      ...(await this.contexts.forEntry(principal, placement, 'adjust')),
      adjusted: { entry, liveAdjustmentSeconds: adjustments.liveSeconds },
    };
    const metadata = { actor: principal.memberId, occurredAt: this.clock.date(), reason: request.reason.trim() };
    await adjustments.announce(command.data.entryId);
    const posted = await this.streams.execute(command, context, metadata);
    return viewOfState(posted.entry, posted.revision, context.timeZone, at);
  }
}
