import {
  ConflictError,
  Decider,
  NO_TIME_ROUNDING,
  NotFoundError,
  UTC,
  assertNever,
} from '@billing/shared/kernel';
import { FieldChecks, definedOnly } from '../shared/field-checks';
import {
  invoiceNumberFormatProblems,
  DEFAULT_INVOICE_NUMBER_FORMAT,
} from './invoice-number-format';
import {
  ChangeOrganisationSettings,
  OrganisationCommand,
  SetUpOrganisation,
} from './organisation.commands';
import { OrganisationEvent, OrganisationSettings } from './organisation.events';
import {
  OrganisationState,
  evolveOrganisation,
  initialOrganisationState,
} from './organisation.state';
import {
  DEFAULT_SUBMISSION_DEADLINE_RULE,
  submissionDeadlineRuleProblems,
} from './submission-deadline-rule';

function checkSettings(
  checks: FieldChecks,
  settings: Partial<OrganisationSettings>,
): Partial<OrganisationSettings> {
  const checked: Partial<OrganisationSettings> = { ...settings };
  if (settings.name !== undefined)
    checked.name = checks.name(settings.name, 'name');
  if (settings.timeZone !== undefined)
    checked.timeZone = checks.timeZone(settings.timeZone, 'timeZone');
  if (settings.defaultCurrency !== undefined) {
    checked.defaultCurrency = checks.currency(
      settings.defaultCurrency,
      'defaultCurrency',
    );
  }
  if (settings.defaultTimeRounding !== undefined) {
    checked.defaultTimeRounding = checks.timeRounding(
      settings.defaultTimeRounding,
      'defaultTimeRounding',
    );
  }
  if (settings.invoiceNumberFormat !== undefined) {
    invoiceNumberFormatProblems(settings.invoiceNumberFormat).forEach(
      (reason) => checks.add('invoiceNumberFormat', reason),
    );
  }
  if (settings.submissionDeadlineRule !== undefined) {
    submissionDeadlineRuleProblems(settings.submissionDeadlineRule).forEach(
      (reason) => checks.add('submissionDeadlineRule', reason),
    );
  }
  return checked;
}

function setUpOrganisation(
  command: SetUpOrganisation,
  state: OrganisationState,
): OrganisationEvent[] {
  if (state.status === 'set-up') {
    throw new ConflictError('ORGANISATION_ALREADY_SET_UP', {
      organisationId: state.organisationId,
    });
  }
  const checks = new FieldChecks();
  checks.id(command.data.organisationId, 'organisationId');
  const settings = checkSettings(checks, {
    name: command.data.name,
    timeZone: command.data.timeZone ?? UTC,
    defaultCurrency: command.data
      .defaultCurrency as OrganisationSettings['defaultCurrency'],
    invoiceNumberFormat:
      command.data.invoiceNumberFormat ?? DEFAULT_INVOICE_NUMBER_FORMAT,
    defaultTimeRounding: command.data.defaultTimeRounding ?? NO_TIME_ROUNDING,
    submissionDeadlineRule:
      command.data.submissionDeadlineRule ?? DEFAULT_SUBMISSION_DEADLINE_RULE,
  }) as OrganisationSettings;
  checks.throwIfAny();
  return [
    {
      type: 'organisation-set-up',
      data: { organisationId: command.data.organisationId, ...settings },
    },
  ];
}

function changeOrganisationSettings(
  command: ChangeOrganisationSettings,
  state: OrganisationState,
): OrganisationEvent[] {
  if (state.status !== 'set-up') {
    throw new NotFoundError('Organisation', command.data.organisationId);
  }
  const checks = new FieldChecks();
  const requested = checkSettings(checks, definedOnly(command.data.changes));
  checks.throwIfAny();
  const changes = Object.fromEntries(
    Object.entries(requested).filter(
      ([key, value]) =>
        JSON.stringify(value) !==
        JSON.stringify(state.settings[key as keyof OrganisationSettings]),
    ),
  ) as Partial<OrganisationSettings>;
  if (Object.keys(changes).length === 0) {
    return [];
  }
  return [
    {
      type: 'organisation-settings-changed',
      data: { organisationId: state.organisationId, changes },
    },
  ];
}

export function decideOrganisation(
  command: OrganisationCommand,
  state: OrganisationState,
): OrganisationEvent[] {
  switch (command.type) {
    case 'set-up-organisation':
      return setUpOrganisation(command, state);
    case 'change-organisation-settings':
      return changeOrganisationSettings(command, state);
    default:
      return assertNever(command, 'organisation command');
  }
}

export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationState,
  OrganisationEvent,
  undefined
> = {
  decide: (command, state) => decideOrganisation(command, state),
  evolve: evolveOrganisation,
  initialState: initialOrganisationState,
};
