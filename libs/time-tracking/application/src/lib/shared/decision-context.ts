import { Injectable } from '@nestjs/common';
import type { Principal } from '@billing/access/domain';
import type { MemberId } from '@billing/shared/kernel';
import { type TimeEntryDecisionContext, entryDay, isInstantText, parseInstant } from '@billing/time-tracking/domain';
import { ClosedPeriods } from './closed-periods';
import { EntryAccess, type EntryResource } from './entry-access';
import { OrganisationDirectory } from './organisation-directory';

/** Where the entry is before and after the command, as far as the caller can tell before deciding. */
export interface EntryPlacement {
  memberId: string;
  /** The project the entry is (or will be) on after the command. */
  projectId: string;
  /** The start the entry has (or will have); invalid or missing: the domain reports it. */
  startedAt?: unknown;
  /** For edits: where the entry is now, when it moves. */
  before?: { projectId: string; startedAt: string };
}

/**
 * Builds the domain's TimeEntryDecisionContext from the organisation's read models, the closed periods and the
 * access policy: everything `decide` needs, looked up before it runs.
 */
@Injectable()
export class DecisionContexts {
  constructor(
    private readonly organisation: OrganisationDirectory,
    private readonly closedPeriods: ClosedPeriods,
    private readonly access: EntryAccess,
  ) {}

  /** `adjust`: the actor's reach as time.adjust gives it (posting adjusting entries), instead of time.write.*. */
  async forEntry(principal: Principal, placement: EntryPlacement, purpose: 'write' | 'adjust' = 'write'): Promise<TimeEntryDecisionContext> {
    const [timeZone, project, teams, isPeriodClosed] = await Promise.all([
      this.organisation.timeZone(),
      this.organisation.project(placement.projectId),
      this.organisation.teamHistoryOf(placement.memberId),
      this.closedPeriods.lookup(),
    ]);
    const dayOf = (startedAt: unknown) => (isInstantText(startedAt) ? entryDay(parseInstant(startedAt), timeZone) : undefined);
    const resourceAt = async (projectId: string, startedAt: unknown, known = project): Promise<EntryResource> => {
      const day = dayOf(startedAt);
      const teamId = day === undefined ? undefined : teams.teamOn(day);
      const clientId = known?.projectId === projectId ? known.clientId : (await this.organisation.project(projectId))?.clientId;
      return {
        memberId: placement.memberId,
        projectId,
        ...(clientId === undefined ? {} : { clientId }),
        ...(teamId === undefined ? {} : { teamId }),
      };
    };
    const resources = [await resourceAt(placement.projectId, placement.startedAt)];
    if (placement.before !== undefined) resources.push(await resourceAt(placement.before.projectId, placement.before.startedAt, undefined));
    return {
      timeZone,
      actorAuthority: purpose === 'adjust' ? this.access.adjustAuthorityFor(principal, ...resources) : this.access.authorityFor(principal, ...resources),
      isPeriodClosed,
      teamOfMemberOn: teams.lookup(placement.memberId as MemberId),
      ...(project === undefined ? {} : { project }),
    };
  }

  timeZone() {
    return this.organisation.timeZone();
  }
}
