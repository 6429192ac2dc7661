import { MemberId, TimeEntryId } from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { Instant } from '../shared/instant';
import { ActorAuthority } from '../time-entry/time-entry.context';

/** Runs the member's timer for `entryId` from the command's instant; a running one is stopped at that instant. */
export type StartTimer = DomainCommand<'start-timer', { memberId: MemberId; entryId: TimeEntryId }>;

/**
 * Stops the running timer at the command's instant or at `stoppedAt`. `entryId`, when given, is the entry the
 * client believes is running; if another one runs by now, the stop is refused rather than stopping the wrong one.
 */
export type StopTimer = DomainCommand<'stop-timer', { memberId: MemberId; entryId?: TimeEntryId; stoppedAt?: Instant }>;

export type TimerCommand = StartTimer | StopTimer;

export interface TimerDecisionContext {
  /** The actor's reach over this member's entries (see ActorAuthority). */
  actorAuthority: ActorAuthority;
}
