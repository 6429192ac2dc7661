import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, ids } from '../testing/fixtures';
import { clientDecider } from './client.decide';
import { ClientEvent } from './client.events';

const created: ClientEvent = {
  type: 'client-created',
  data: {
    clientId: ids.client,
    name: 'Globex',
    currency: 'EUR',
    taxRateBasisPoints: 1900,
    responsibleIds: [ids.bob],
  },
};
const archived: ClientEvent = {
  type: 'client-archived',
  data: { clientId: ids.client },
};
const clients = spec(clientDecider, {});

describe('create-client', () => {
  it('creates a client with currency and tax in basis points (1900 = 19 %)', () => {
    clients
      .given([])
      .when({
        type: 'create-client',
        actorId,
        data: {
          clientId: ids.client,
          name: 'Globex',
          currency: 'EUR',
          taxRateBasisPoints: 1900,
          responsibleIds: [ids.bob],
        },
      })
      .then([created]);
  });

  it.each([
    [{ currency: 'EURO' }, 'currency'],
    [{ taxRateBasisPoints: -1 }, 'taxRateBasisPoints'],
    [{ taxRateBasisPoints: 10001 }, 'taxRateBasisPoints'], // more than 100 %
    [{ taxRateBasisPoints: 19.5 }, 'taxRateBasisPoints'], // basis points are whole
    [{ name: '' }, 'name'],
  ])('rejects %j', (override, path) => {
    clients
      .given([])
      .when({
        type: 'create-client',
        actorId,
        data: {
          clientId: ids.client,
          name: 'Globex',
          currency: 'EUR',
          taxRateBasisPoints: 0,
          responsibleIds: [],
          ...override,
        },
      })
      .thenThrows(ValidationError, (error) => error.fields[0]?.path === path);
  });

  it('accepts the bounds 0 and 10000 basis points', () => {
    for (const taxRateBasisPoints of [0, 10000]) {
      clients
        .given([])
        .when({
          type: 'create-client',
          actorId,
          data: {
            clientId: ids.client,
            name: 'G',
            currency: 'JPY',
            taxRateBasisPoints,
            responsibleIds: [],
          },
        })
        .then([
          {
            type: 'client-created',
            data: {
              clientId: ids.client,
              name: 'G',
              currency: 'JPY',
              taxRateBasisPoints,
              responsibleIds: [],
            },
          },
        ]);
    }
  });

  it('rejects a duplicate', () => {
    clients
      .given([created])
      .when({
        type: 'create-client',
        actorId,
        data: {
          clientId: ids.client,
          name: 'G',
          currency: 'EUR',
          taxRateBasisPoints: 0,
          responsibleIds: [],
        },
      })
      .thenThrows(
        ConflictError,
        (error) => error.code === 'CLIENT_ALREADY_EXISTS',
      );
  });
});

describe('change-client-details', () => {
  it('records what changed', () => {
    clients
      .given([created])
      .when({
        type: 'change-client-details',
        actorId,
        data: { clientId: ids.client, name: 'Globex', taxRateBasisPoints: 700 },
      })
      .then([
        {
          type: 'client-details-changed',
          data: { clientId: ids.client, taxRateBasisPoints: 700 },
        },
      ]);
  });

  it('refuses updates of an archived client and of an unknown one', () => {
    clients
      .given([created, archived])
      .when({
        type: 'change-client-details',
        actorId,
        data: { clientId: ids.client, name: 'New' },
      })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'CLIENT_ARCHIVED',
      );
    clients
      .given([])
      .when({
        type: 'change-client-details',
        actorId,
        data: { clientId: ids.client, name: 'New' },
      })
      .thenThrows(NotFoundError);
  });
});

describe('change-client-currency', () => {
  const change = {
    type: 'change-client-currency' as const,
    actorId,
    data: { clientId: ids.client, currency: 'USD' },
  };

  it('changes the currency while nothing was billed', () => {
    clients
      .given([created])
      .when(change, { hasBilledHours: false })
      .then([
        {
          type: 'client-currency-changed',
          data: {
            clientId: ids.client,
            currency: 'USD',
            previousCurrency: 'EUR',
          },
        },
      ]);
  });

  it('rejects the change when the client has billed hours', () => {
    clients
      .given([created])
      .when(change, { hasBilledHours: true })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'CLIENT_HAS_BILLED_HOURS',
      );
  });

  it('rejects an unknown currency, and needs the billed-hours look-up', () => {
    clients
      .given([created])
      .when(
        { ...change, data: { clientId: ids.client, currency: 'ABC' } },
        { hasBilledHours: false },
      )
      .thenThrows(ValidationError);
    clients
      .given([created])
      .when(change, {})
      .thenThrows(Error, (error) => /hasBilledHours/.test(error.message));
  });

  it('the same currency is a no-op', () => {
    clients
      .given([created])
      .when(
        { ...change, data: { clientId: ids.client, currency: 'EUR' } },
        { hasBilledHours: true },
      )
      .thenNothingHappens();
  });
});

describe('archive / unarchive', () => {
  it('archives, unarchives, and repeats are no-ops', () => {
    clients
      .given([created])
      .when({ type: 'archive-client', actorId, data: { clientId: ids.client } })
      .then([archived]);
    clients
      .given([created, archived])
      .when({ type: 'archive-client', actorId, data: { clientId: ids.client } })
      .thenNothingHappens();
    clients
      .given([created, archived])
      .when({
        type: 'unarchive-client',
        actorId,
        data: { clientId: ids.client },
      })
      .then([{ type: 'client-unarchived', data: { clientId: ids.client } }]);
    clients
      .given([created])
      .when({
        type: 'unarchive-client',
        actorId,
        data: { clientId: ids.client },
      })
      .thenNothingHappens();
  });
});
