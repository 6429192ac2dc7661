import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newIdFor } from '@billing/shared/event-sourcing';
import type { MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { type Instant, type StartTimeEntry, planTimerStart } from '@billing/time-tracking/domain';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { type LoadedEntry, TimerStreams } from '../shared/timer-streams';
import { entryViewAfterTimerWrite } from '../shared/timer-entry-view';
import { StartTimerCommand } from './start-timer.command';

@CommandHandler(StartTimerCommand)
export class StartTimerHandler implements ICommandHandler<StartTimerCommand> {
  constructor(
    private readonly timers: TimerStreams,
    private readonly streams: EntryStreams,
    private readonly contexts: DecisionContexts,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, request }: StartTimerCommand): Promise<TimeEntryView> {
    const memberId = request.memberId ?? principal.memberId;
    const entryId = newIdFor('timer-entry');
    let timer = await this.timers.loadTimer(memberId);
    let at: Instant = this.clock.now();
    const firstId = this.timers.timerEventId(memberId, 0);
    const alreadyWritten = timer.events.some((recorded) => recorded.id === firstId);
    if (alreadyWritten) {
      // A retry of a start whose timer events are stored: plan again from the timer as it was, at the same instant.
      const { loaded, replayed } = this.timers.timerBefore(timer, firstId);
      timer = loaded;
      const started = replayed.find((event) => event.type === 'timer-started');
      if (started?.type === 'timer-started') at = started.data.startedAt;
    }
    const command: StartTimeEntry = {
      type: 'start-time-entry',
      actorId: principal.memberId as MemberId,
      at,
      data: {
        entryId: entryId as TimeEntryId,
        memberId: memberId as MemberId,
        projectId: request.projectId as ProjectId,
        taskId: (request.taskId ?? null) as TaskId | null,
        ...(request.description === undefined ? {} : { description: request.description }),
        ...(request.tags === undefined ? {} : { tags: request.tags }),
        ...(request.billable === undefined ? {} : { billable: request.billable }),
      },
    };
    const entries = new Map<string, LoadedEntry>([[entryId, await this.timers.loadEntry(entryId)]]);
    const runningId = timer.state.status === 'running' ? timer.state.entryId : undefined;
    if (runningId !== undefined) entries.set(runningId, await this.timers.loadEntry(runningId));
    const context = await this.contexts.forEntry(principal, { memberId, projectId: request.projectId, startedAt: at });
    const newEntry = entries.get(entryId);
    const plan = planTimerStart({
      command,
      timer: timer.state,
      newEntry: newEntry?.state ?? { status: 'none' },
      ...(runningId === undefined ? {} : { runningEntry: entries.get(runningId)?.state }),
      context,
    });
    await this.timers.write(plan, timer, entries, { actor: principal.memberId, occurredAt: this.clock.date() }, { timerAlreadyWritten: alreadyWritten });
    if (runningId !== undefined) await this.streams.awaitRow(runningId, (entries.get(runningId)?.revision ?? -1) + 1);
    return entryViewAfterTimerWrite(this.streams, entryId, context.timeZone, this.clock.now());
  }
}
