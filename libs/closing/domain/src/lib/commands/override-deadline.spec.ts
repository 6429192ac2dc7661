import { LocalDate, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { periodDecider } from '../period/period.decider';
import { OverridePeriodDeadline } from '../period/period.commands';
import { AFTER_MARCH, FINANCE, closedOrganisationWide, context } from '../testing/fixtures';

const override = (deadline: string | null, reason?: string): OverridePeriodDeadline => ({
  type: 'override-period-deadline',
  actorId: FINANCE,
  at: AFTER_MARCH,
  data: { periodKey: '2026-03', deadline, ...(reason === undefined ? {} : { reason }) },
});

const overridden = (deadline: string | null, previous: string | null, reason: string | null = null) => ({
  type: 'period-deadline-overridden' as const,
  data: { periodKey: '2026-03', deadline: deadline as LocalDate | null, previous: previous as LocalDate | null, reason },
});

describe('override a period deadline', () => {
  const period = spec(periodDecider, context);

  it('sets a deadline for one period', () => {
    period.given([]).when(override('2026-04-10', 'Easter')).then([overridden('2026-04-10', null, 'Easter')]);
  });

  it('moves it again, remembering the previous one', () => {
    period.given([overridden('2026-04-10', null)]).when(override('2026-04-08')).then([overridden('2026-04-08', '2026-04-10')]);
  });

  it('goes back to the organisation rule with null', () => {
    period.given([overridden('2026-04-10', null)]).when(override(null)).then([overridden(null, '2026-04-10')]);
  });

  it('changes nothing when the deadline is the same', () => {
    period.given([overridden('2026-04-10', null)]).when(override('2026-04-10')).thenNothingHappens();
  });

  it('may be set on a closed period (it only informs)', () => {
    period.given([closedOrganisationWide()]).when(override('2026-04-07')).then([overridden('2026-04-07', null)]);
  });

  it('refuses a deadline inside the period', () => {
    period
      .given([])
      .when(override('2026-03-31'))
      .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'deadline' && error.fields[0].reason.includes('2026-04-01'));
  });

  it('refuses a text that is not a date', () => {
    period.given([]).when(override('2026-04-31')).thenThrows(ValidationError, (error) => error.fields[0]?.path === 'deadline');
  });
});
