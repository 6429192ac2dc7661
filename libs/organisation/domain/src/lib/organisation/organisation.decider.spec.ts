import {
  ConflictError,
  NotFoundError,
  TimeZone,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, ids } from '../testing/fixtures';
import { organisationDecider } from './organisation.decide';
import { OrganisationSetUp } from './organisation.events';

const setUp: OrganisationSetUp = {
  type: 'organisation-set-up',
  data: {
    organisationId: ids.organisation,
    name: 'Acme',
    timeZone: 'UTC' as TimeZone,
    defaultCurrency: 'EUR',
    invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
    defaultTimeRounding: { mode: 'none' },
    submissionDeadlineRule: { kind: 'nth-working-day-of-next-month', n: 3 },
  },
};

const given = spec(organisationDecider);

describe('set-up-organisation', () => {
  it('sets up with defaults: UTC, INV-{YYYY}-{SEQ:4}, no rounding, 3rd working day of next month', () => {
    given
      .given([])
      .when({
        type: 'set-up-organisation',
        actorId,
        data: {
          organisationId: ids.organisation,
          name: ' Acme ',
          defaultCurrency: 'EUR',
        },
      })
      .then([setUp]);
  });

  it('takes explicit settings', () => {
    given
      .given([])
      .when({
        type: 'set-up-organisation',
        actorId,
        data: {
          organisationId: ids.organisation,
          name: 'Acme',
          defaultCurrency: 'NZD',
          timeZone: 'Pacific/Auckland' as TimeZone,
          defaultTimeRounding: { mode: 'up', incrementMinutes: 15 },
        },
      })
      .then([
        {
          type: 'organisation-set-up',
          data: {
            ...setUp.data,
            defaultCurrency: 'NZD',
            timeZone: 'Pacific/Auckland' as TimeZone,
            defaultTimeRounding: { mode: 'up', incrementMinutes: 15 },
          },
        },
      ]);
  });

  it('rejects a bad time zone, an unknown currency and a bad invoice format all at once', () => {
    const error = given
      .given([])
      .when({
        type: 'set-up-organisation',
        actorId,
        data: {
          organisationId: ids.organisation,
          name: '',
          defaultCurrency: 'EURO',
          timeZone: 'Europe/Atlantis' as TimeZone,
          invoiceNumberFormat: 'INV-{YYYY}',
        },
      })
      .thenThrows(ValidationError);
    expect(error.fields.map((field) => field.path)).toEqual([
      'name',
      'timeZone',
      'defaultCurrency',
      'invoiceNumberFormat',
    ]);
  });

  it('rejects a second set-up', () => {
    given
      .given([setUp])
      .when({
        type: 'set-up-organisation',
        actorId,
        data: {
          organisationId: ids.organisation,
          name: 'Again',
          defaultCurrency: 'EUR',
        },
      })
      .thenThrows(
        ConflictError,
        (error) => error.code === 'ORGANISATION_ALREADY_SET_UP',
      );
  });
});

describe('change-organisation-settings', () => {
  it('records only the fields that changed', () => {
    given
      .given([setUp])
      .when({
        type: 'change-organisation-settings',
        actorId,
        data: {
          organisationId: ids.organisation,
          changes: {
            name: 'Acme',
            timeZone: 'Europe/Berlin' as TimeZone,
            invoiceNumberFormat: 'A{YY}{MM}-{SEQ:6}',
          },
        },
      })
      .then([
        {
          type: 'organisation-settings-changed',
          data: {
            organisationId: ids.organisation,
            changes: {
              timeZone: 'Europe/Berlin' as TimeZone,
              invoiceNumberFormat: 'A{YY}{MM}-{SEQ:6}',
            },
          },
        },
      ]);
  });

  it('changes nothing when nothing differs', () => {
    given
      .given([setUp])
      .when({
        type: 'change-organisation-settings',
        actorId,
        data: {
          organisationId: ids.organisation,
          changes: { defaultCurrency: 'EUR' },
        },
      })
      .thenNothingHappens();
  });

  it.each([
    [{ timeZone: 'Mars/Base' as TimeZone }, 'timeZone'],
    [{ defaultCurrency: 'XYZ' as 'EUR' }, 'defaultCurrency'],
    [
      { defaultTimeRounding: { mode: 'up', incrementMinutes: 7 } as never },
      'defaultTimeRounding.incrementMinutes',
    ],
    [
      {
        submissionDeadlineRule: {
          kind: 'nth-working-day-of-next-month',
          n: 0,
        } as const,
      },
      'submissionDeadlineRule',
    ],
    [{ invoiceNumberFormat: 'INV-{SEQ:4}-{SEQ:2}' }, 'invoiceNumberFormat'],
  ])('rejects %j', (changes, path) => {
    const error = given
      .given([setUp])
      .when({
        type: 'change-organisation-settings',
        actorId,
        data: { organisationId: ids.organisation, changes },
      })
      .thenThrows(ValidationError);
    expect(error.fields[0]?.path).toBe(path);
  });

  it('needs an organisation', () => {
    given
      .given([])
      .when({
        type: 'change-organisation-settings',
        actorId,
        data: { organisationId: ids.organisation, changes: { name: 'X' } },
      })
      .thenThrows(NotFoundError);
  });
});
