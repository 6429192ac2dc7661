import { ConflictError } from '@billing/shared/kernel';
import { ReopenPeriod } from '../period/period.commands';
import { PeriodDecisionContext } from '../period/period.context';
import { PeriodEvent } from '../period/period.events';
import { PeriodState, isAnythingClosed, isScopeClosed } from '../period/period.state';
import { Checks, MAX_NOTE_LENGTH } from '../shared/checks';

/**
 * Opens a closed period again, with a mandatory reason. Organisation-wide: everything closed in the period opens
 * (the event lists the teams closed on their own). Per team: the named teams must be closed (on their own or by the
 * organisation-wide close); a team reopened out of an organisation-wide close is writable while the rest stays closed.
 */
export function reopenPeriod(command: ReopenPeriod, state: PeriodState, context: PeriodDecisionContext): PeriodEvent[] {
  const checks = new Checks();
  const period = checks.period(command.data.periodKey, context.timeZone);
  checks.instant(command.at, 'at');
  const teamIds = checks.teamIds(command.data.teamIds, context.isKnownTeam);
  const reason = checks.optionalText(command.data.reason, 'reason', MAX_NOTE_LENGTH);
  if (reason === null) checks.add('reason', 'is required: say why the period is reopened');
  checks.throwIfAny();
  if (period === undefined || reason === null) return [];

  if (teamIds === undefined) {
    if (!isAnythingClosed(state)) {
      throw new ConflictError('PERIOD_NOT_CLOSED', { period: period.key }, `Period ${period.key} is not closed`);
    }
    return [
      {
        type: 'period-reopened',
        data: { periodKey: period.key, organisationWide: state.organisationClosed, teamIds: [...state.closedTeamIds], reason },
      },
    ];
  }
  const notClosed = teamIds.filter((teamId) => !isScopeClosed(state, teamId));
  if (notClosed.length > 0) {
    throw new ConflictError(
      'PERIOD_NOT_CLOSED',
      { period: period.key, teamIds: notClosed },
      `Period ${period.key} is not closed for team ${notClosed.join(', ')}`,
    );
  }
  return [{ type: 'period-reopened', data: { periodKey: period.key, organisationWide: false, teamIds, reason } }];
}
