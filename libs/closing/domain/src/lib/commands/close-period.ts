import { ConflictError, RuleViolationError } from '@billing/shared/kernel';
import { openFindingCount } from '../checklist/checklist';
import { ClosePeriod } from '../period/period.commands';
import { PeriodDecisionContext } from '../period/period.context';
import { PeriodEvent } from '../period/period.events';
import { PeriodState, isScopeClosed } from '../period/period.state';
import { Checks, MAX_NOTE_LENGTH } from '../shared/checks';

/**
 * Closes a period that has ended in the organisation's zone, organisation-wide or for some teams (also teams that were
 * reopened out of an organisation-wide close). A scope already closed is a conflict (naming it). With open findings on
 * the checklist, finance has to say why in a note.
 */
export function closePeriod(command: ClosePeriod, state: PeriodState, context: PeriodDecisionContext): PeriodEvent[] {
  const checks = new Checks();
  const period = checks.period(command.data.periodKey, context.timeZone);
  const now = checks.instant(command.at, 'at');
  const teamIds = checks.teamIds(command.data.teamIds, context.isKnownTeam);
  const note = checks.optionalText(command.data.note, 'note', MAX_NOTE_LENGTH);
  checks.throwIfAny();
  if (period === undefined) return [];
  if (now.getTime() < period.end.getTime()) {
    throw new RuleViolationError(
      'PERIOD_NOT_ENDED',
      `Period ${period.key} ends ${period.end.toISOString()} (${period.timeZone}); only periods that have ended can be closed`,
    );
  }
  if (state.organisationClosed && teamIds === undefined) {
    const reopened = state.reopenedTeamIds.length > 0 ? `; close the reopened teams (${state.reopenedTeamIds.join(', ')}) by name` : '';
    throw new ConflictError('PERIOD_ALREADY_CLOSED', { period: period.key }, `Period ${period.key} is already closed organisation-wide${reopened}`);
  }
  const alreadyClosed = (teamIds ?? []).filter((teamId) => isScopeClosed(state, teamId));
  if (alreadyClosed.length > 0) {
    throw new ConflictError(
      'PERIOD_ALREADY_CLOSED',
      { period: period.key, teamIds: alreadyClosed },
      `Period ${period.key} is already closed for team ${alreadyClosed.join(', ')}`,
    );
  }
  const open = openFindingCount(command.data.checklist);
  if (open > 0 && note === null) {
    checks.add('note', `is required to close with ${open} open finding${open === 1 ? '' : 's'} on the checklist`);
    checks.throwIfAny();
  }
  return [
    {
      type: 'period-closed',
      data: {
        periodKey: period.key,
        organisationWide: teamIds === undefined,
        teamIds: teamIds ?? [],
        note,
        checklist: command.data.checklist,
      },
    },
  ];
}
