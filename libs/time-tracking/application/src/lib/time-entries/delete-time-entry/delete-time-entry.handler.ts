import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MemberId, TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import type { DeleteTimeEntry, RestoreTimeEntry } from '@billing/time-tracking/domain';
import { AdjustedEntryLocks, type LockedAdjustments } from '../../shared/adjusted-entry-locks';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { DeleteTimeEntryCommand } from './delete-time-entry.command';

@CommandHandler(DeleteTimeEntryCommand)
export class DeleteTimeEntryHandler implements ICommandHandler<DeleteTimeEntryCommand> {
  constructor(
    private readonly contexts: DecisionContexts,
    private readonly streams: EntryStreams,
    private readonly clock: CommandClock,
    private readonly locks: AdjustedEntryLocks,
  ) {}

  /**
   * Under the lock of the adjusted entry: an adjusting entry's, which its deletion or restore changes, or the
   * entry's own, whose live adjustments forbid its deletion.
   */
  async execute(command: DeleteTimeEntryCommand): Promise<TimeEntryView> {
    const { entry } = await this.streams.load(command.entryId);
    return this.locks.withLock(entry.adjustment?.adjustsEntryId ?? entry.entryId, (adjustments) => this.write(command, adjustments));
  }

  private async write({ principal, action, entryId, expectedRevision, reason }: DeleteTimeEntryCommand, adjustments: LockedAdjustments): Promise<TimeEntryView> {
    const { entry } = await this.streams.load(entryId);
    const at = this.clock.now();
    const data = { entryId: entryId as TimeEntryId, ...(reason === undefined ? {} : { reason }) };
    const actorId = principal.memberId as MemberId;
    const command: DeleteTimeEntry | RestoreTimeEntry =
      action === 'delete' ? { type: 'delete-time-entry', actorId, at, data } : { type: 'restore-time-entry', actorId, at, data };
    const context = await this.contexts.forEntry(principal, { memberId: entry.memberId, projectId: entry.projectId, startedAt: entry.startedAt });
    if (entry.adjustment === undefined) {
      context.liveAdjustments = adjustments.live;
    } else {
      // Deleted, the correction stops counting; restored, it counts again: the domain checks the adjusted entry's net.
      const adjusted = (await this.streams.load(entry.adjustment.adjustsEntryId)).entry;
      context.adjusted = { entry: adjusted, liveAdjustmentSeconds: adjustments.liveSeconds };
      await adjustments.announce(entry.entryId);
    }
    const written = await this.streams.execute(
      command,
      context,
      { actor: principal.memberId, occurredAt: this.clock.date(), ...(reason ? { reason } : {}) },
      expectedRevision,
    );
    return viewOfState(written.entry, written.revision, context.timeZone, at);
  }
}
