import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { localDateOf } from '@billing/shared/kernel';
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
    const timeZone = await this.organisation.timeZone();
    if (memberId !== principal.memberId) {
      // Another member's timer: in scope when the member is in one of the caller's teams today (or any for finance).
      const teamId = await this.organisation.teamOfMemberOn(memberId, localDateOf(this.clock.date(), timeZone));
      this.access.assertMayRead(principal, { memberId, ...(teamId === undefined ? {} : { teamId }) });
    }
    const timer = await this.timers.loadTimer(memberId);
    if (timer.state.status !== 'running') return { running: false, entry: null };
    const { entry, revision } = await this.streams.load(timer.state.entryId);
    return { running: true, entry: viewOfState(entry, revision, timeZone, this.clock.now()) };
  }
}
