import { Money, toDecimalString } from '@billing/shared/kernel';
import { LevelCheck, LevelOutcome, RateResolution } from './resolve-rate';
import { RateLevel } from '../rate-book/rate-scope';

const LEVEL_NAMES: Record<RateLevel, string> = {
  'member-on-project': 'member on project',
  task: 'task',
  project: 'project',
  client: 'client',
  member: 'member default',
  organisation: 'organisation default',
};

function rateText(rate: Money): string {
  return `${toDecimalString(rate)} ${rate.currency}/h`;
}

function levelsWith(
  checks: readonly LevelCheck[],
  outcome: LevelOutcome,
): string[] {
  return checks
    .filter((check) => check.outcome === outcome)
    .map((check) => LEVEL_NAMES[check.level]);
}

/**
 * "Why this rate" as one sentence, e.g.
 * `Project rate 120.00 EUR/h (valid from 2026-03-16). No rate for: member on project; no task on the entry.`
 */
export function explainRate(resolution: RateResolution): string {
  const missing = levelsWith(resolution.checks, 'none');
  const foreign = resolution.checks.filter(
    (check) => check.outcome === 'other-currency',
  );
  const parts: string[] = [];
  if (resolution.status === 'found') {
    const name = LEVEL_NAMES[resolution.level];
    parts.push(
      `${name.charAt(0).toUpperCase()}${name.slice(1)} rate ${rateText(resolution.ratePerHour)} (valid from ${resolution.effectiveFrom}).`,
    );
  } else {
    parts.push(
      'Missing rate: no level has a rate for this entry, its amount is 0.',
    );
  }
  if (missing.length > 0) parts.push(`No rate for: ${missing.join(', ')}.`);
  if (resolution.checks.some((check) => check.outcome === 'no-task'))
    parts.push('The entry has no task.');
  for (const check of foreign) {
    if (check.ratePerHour !== undefined) {
      parts.push(
        `${LEVEL_NAMES[check.level]} rate ${rateText(check.ratePerHour)} skipped: not the client's currency.`,
      );
    }
  }
  return parts.join(' ');
}
