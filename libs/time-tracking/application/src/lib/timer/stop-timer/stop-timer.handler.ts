import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, type MemberId, NotFoundError, type TimeEntryId } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { type Instant, type StopTimeEntry, planTimerStop } from '@billing/time-tracking/domain';
import { CommandClock } from '../../shared/command-clock';
import { DecisionContexts } from '../../shared/decision-context';
import { EntryStreams } from '../../shared/entry-streams';
import { type LoadedEntry, TimerStreams } from '../shared/timer-streams';
import { entryViewAfterTimerWrite } from '../shared/timer-entry-view';
import { StopTimerCommand } from './stop-timer.command';

@CommandHandler(StopTimerCommand)
export class StopTimerHandler implements ICommandHandler<StopTimerCommand> {
  constructor(
    private readonly timers: TimerStreams,
    private readonly streams: EntryStreams,
    private readonly contexts: DecisionContexts,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, request }: StopTimerCommand): Promise<TimeEntryView> {
    const named = request.entryId === undefined ? undefined : await this.timers.loadEntry(request.entryId);
    if (named !== undefined && named.state.status === 'none') throw new NotFoundError('TimeEntry', request.entryId ?? '');
    const memberId = named?.state.status === 'none' || named === undefined ? (request.memberId ?? principal.memberId) : named.state.memberId;
    let timer = await this.timers.loadTimer(memberId);
    let at: Instant = this.clock.now();
    const firstId = this.timers.timerEventId(memberId, 0);
    const alreadyWritten = timer.events.some((recorded) => recorded.id === firstId);
    if (alreadyWritten) {
      const { loaded, replayed } = this.timers.timerBefore(timer, firstId);
      timer = loaded;
      const stopped = replayed.find((event) => event.type === 'timer-stopped');
      if (stopped?.type === 'timer-stopped') at = stopped.data.stoppedAt;
    }
    const entryId = request.entryId ?? (timer.state.status === 'running' ? timer.state.entryId : undefined);
    if (entryId === undefined) throw new ConflictError('TIMER_NOT_RUNNING', { memberId }, `No timer of member ${memberId} is running`);
    const entry: LoadedEntry = named ?? (await this.timers.loadEntry(entryId));
    if (entry.state.status === 'none') throw new NotFoundError('TimeEntry', entryId);
    const command: StopTimeEntry = {
      type: 'stop-time-entry',
      actorId: principal.memberId as MemberId,
      at,
      data: { entryId: entryId as TimeEntryId, ...(request.endedAt === undefined ? {} : { endedAt: request.endedAt as Instant }) },
    };
    const context = await this.contexts.forEntry(principal, {
      memberId: entry.state.memberId,
      projectId: entry.state.projectId,
      startedAt: entry.state.startedAt,
    });
    const plan = planTimerStop({ command, timer: timer.state, entry: entry.state, context });
    const entries = new Map([[entryId, entry]]);
    await this.timers.write(plan, timer, entries, { actor: principal.memberId, occurredAt: this.clock.date() }, { timerAlreadyWritten: alreadyWritten });
    return entryViewAfterTimerWrite(this.streams, entryId, context.timeZone, this.clock.now());
  }
}
