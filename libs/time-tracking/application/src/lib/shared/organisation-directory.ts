import type { LocalDate, MemberId, TeamId, TimeZone } from '@billing/shared/kernel';
import type { ProjectSnapshot } from '@billing/time-tracking/domain';

/** A project as time tracking sees it, with its client for scope checks. */
export interface ProjectForEntries extends ProjectSnapshot {
  clientId: string;
}

/**
 * Port: what time tracking reads from the organisation context (its read models), before deciding. Kept to
 * the few look-ups the decision contexts and scope checks need.
 */
export abstract class OrganisationDirectory {
  /** The organisation's IANA zone; UTC until the organisation is set up. */
  abstract timeZone(): Promise<TimeZone>;
  abstract project(projectId: string): Promise<ProjectForEntries | undefined>;
  /** The team the member belonged to on the date (effective-dated membership); undefined: none. */
  abstract teamOfMemberOn(memberId: string, date: LocalDate): Promise<TeamId | undefined>;
  /** Every team change of the member, for synchronous look-ups in a decision context. */
  abstract teamHistoryOf(memberId: string): Promise<TeamHistory>;
}

export interface TeamSpell {
  from: string;
  /** Exclusive; null: open-ended. */
  until: string | null;
  teamId: string | null;
}

export class TeamHistory {
  constructor(private readonly spells: readonly TeamSpell[]) {}

  teamOn(date: LocalDate): TeamId | undefined {
    const spell = this.spells.find((candidate) => candidate.from <= date && (candidate.until === null || date < candidate.until));
    return (spell?.teamId ?? undefined) as TeamId | undefined;
  }

  /** Synchronous form for TimeEntryDecisionContext.teamOfMemberOn (for this member only). */
  lookup(memberId: MemberId): (member: MemberId, date: LocalDate) => TeamId | undefined {
    return (member, date) => (member === memberId ? this.teamOn(date) : undefined);
  }
}
