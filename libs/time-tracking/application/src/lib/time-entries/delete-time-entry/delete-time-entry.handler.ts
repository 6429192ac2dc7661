import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MemberId, TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import type { DeleteTimeEntry, RestoreTimeEntry } from '@billing/time-tracking/domain';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryAdjustments } from '../../shared/entry-adjustments';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { DeleteTimeEntryCommand } from './delete-time-entry.command';

@CommandHandler(DeleteTimeEntryCommand)
export class DeleteTimeEntryHandler implements ICommandHandler<DeleteTimeEntryCommand> {
  constructor(
    private readonly contexts: DecisionContexts,
    private readonly streams: EntryStreams,
    private readonly clock: CommandClock,
    private readonly adjustments: EntryAdjustments,
  ) {}

  async execute({ principal, action, entryId, expectedRevision, reason }: DeleteTimeEntryCommand): Promise<TimeEntryView> {
    const { entry } = await this.streams.load(entryId);
    const at = this.clock.now();
    const data = { entryId: entryId as TimeEntryId, ...(reason === undefined ? {} : { reason }) };
    const actorId = principal.memberId as MemberId;
    const command: DeleteTimeEntry | RestoreTimeEntry =
      action === 'delete' ? { type: 'delete-time-entry', actorId, at, data } : { type: 'restore-time-entry', actorId, at, data };
    const context = await this.contexts.forEntry(principal, { memberId: entry.memberId, projectId: entry.projectId, startedAt: entry.startedAt });
    if (action === 'restore' && entry.adjustment !== undefined) {
      // A restored correction counts again: the domain checks the adjusted entry's net time against its live adjustments.
      const adjustsEntryId = entry.adjustment.adjustsEntryId;
      const adjusted = (await this.streams.load(adjustsEntryId)).entry;
      context.adjusted = { entry: adjusted, liveAdjustmentSeconds: await this.adjustments.secondsOfOne(adjustsEntryId) };
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
