import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { CurrentTimerView } from '@billing/time-tracking/contracts';
import { CommandClock } from '../../shared/command-clock';
import { EntryAccess } from '../../shared/entry-access';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { OrganisationDirectory } from '../../shared/organisation-directory';
import { TimerStreams } from '../shared/timer-streams';
import { CurrentTimerQuery } from './current-timer.query';

/** Read from the timer stream itself: the running timer is what the next stop will act on. */
@QueryHandler(CurrentTimerQuery)
export class CurrentTimerHandler implements IQueryHandler<CurrentTimerQuery> {
  constructor(
    private readonly timers: TimerStreams,
    private readonly streams: EntryStreams,
    private readonly organisation: OrganisationDirectory,
    private readonly access: EntryAccess,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, memberId }: CurrentTimerQuery): Promise<CurrentTimerView> {
    if (memberId !== principal.memberId) this.access.assertMayRead(principal, { memberId });
    const timer = await this.timers.loadTimer(memberId);
    if (timer.state.status !== 'running') return { running: false, entry: null };
    const { entry, revision } = await this.streams.load(timer.state.entryId);
    return { running: true, entry: viewOfState(entry, revision, await this.organisation.timeZone(), this.clock.now()) };
  }
}
