import { FieldProblem, Period, TeamId, TimeZone, ValidationError, isUuid } from '@billing/shared/kernel';

/** Collects field problems so one 400 names every bad field. */
export class Checks {
  private readonly problems: FieldProblem[] = [];

  add(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ValidationError([...this.problems]);
  }

  period(key: string, timeZone: TimeZone): Period | undefined {
    try {
      return Period.fromKey(key, timeZone);
    } catch {
      this.add('period', `must be a month YYYY-MM, got ${String(key)}`);
      return undefined;
    }
  }

  instant(value: string, path: string): Date {
    const date = new Date(value);
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) this.add(path, `must be an ISO 8601 instant, got ${String(value)}`);
    return date;
  }

  /** Optional text, trimmed; '' and absent both give null. */
  optionalText(value: string | undefined, path: string, maxLength: number): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.add(path, 'must be a text');
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > maxLength) this.add(path, `must be at most ${maxLength} characters`);
    return trimmed === '' ? null : trimmed;
  }

  /** undefined: organisation-wide; otherwise a non-empty list of known team ids, deduplicated. */
  teamIds(value: readonly TeamId[] | undefined, isKnownTeam: (teamId: TeamId) => boolean): TeamId[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0) {
      this.add('teamIds', 'must list at least one team; leave it out for the whole organisation');
      return [];
    }
    value.forEach((teamId, index) => {
      if (!isUuid(teamId)) this.add(`teamIds[${index}]`, `must be a team id (UUID), got ${String(teamId)}`);
      else if (!isKnownTeam(teamId as TeamId)) this.add(`teamIds[${index}]`, `no team ${teamId} in this organisation`);
    });
    return [...new Set(value)];
  }
}

export const MAX_NOTE_LENGTH = 2000;
