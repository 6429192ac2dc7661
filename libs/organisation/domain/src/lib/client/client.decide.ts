import {
  ClientId,
  ConflictError,
  CurrencyCode,
  Decider,
  NotFoundError,
  RuleViolationError,
  assertNever,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import {
  ChangeClientDetails,
  ClientCommand,
  ClientDecisionContext,
  CreateClient,
} from './client.commands';
import { ClientDetails, ClientEvent } from './client.events';

export type ClientState =
  | { status: 'none' }
  | ({
      status: 'active' | 'archived';
      clientId: ClientId;
      currency: CurrencyCode;
    } & ClientDetails);

export const initialClientState: ClientState = { status: 'none' };

export function evolveClient(
  state: ClientState,
  event: ClientEvent,
): ClientState {
  switch (event.type) {
    case 'client-created':
      return { status: 'active', ...event.data };
    case 'client-details-changed':
      return state.status === 'none' ? state : { ...state, ...event.data };
    case 'client-currency-changed':
      return state.status === 'none'
        ? state
        : { ...state, currency: event.data.currency };
    case 'client-archived':
      return state.status === 'none' ? state : { ...state, status: 'archived' };
    case 'client-unarchived':
      return state.status === 'none' ? state : { ...state, status: 'active' };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

type ExistingClient = Exclude<ClientState, { status: 'none' }>;

function existing(state: ClientState, clientId: ClientId): ExistingClient {
  if (state.status === 'none') throw new NotFoundError('Client', clientId);
  return state;
}

function activeClient(state: ClientState, clientId: ClientId): ExistingClient {
  const client = existing(state, clientId);
  if (client.status === 'archived') {
    throw new RuleViolationError(
      'CLIENT_ARCHIVED',
      `Client ${clientId} is archived; unarchive it first`,
    );
  }
  return client;
}

function checkTaxRate(checks: FieldChecks, basisPoints: number): number {
  return checks.integerInRange(basisPoints, 0, 10_000, 'taxRateBasisPoints');
}

function createClient(
  command: CreateClient,
  state: ClientState,
): ClientEvent[] {
  if (state.status !== 'none')
    throw new ConflictError('CLIENT_ALREADY_EXISTS', {
      clientId: command.data.clientId,
    });
  const checks = new FieldChecks();
  const clientId = checks.id(command.data.clientId, 'clientId');
  const name = checks.name(command.data.name);
  const currency = checks.currency(command.data.currency);
  const taxRateBasisPoints = checkTaxRate(
    checks,
    command.data.taxRateBasisPoints,
  );
  const responsibleIds = checks.ids(
    command.data.responsibleIds,
    'responsibleIds',
  );
  checks.throwIfAny();
  return [
    {
      type: 'client-created',
      data: { clientId, name, currency, taxRateBasisPoints, responsibleIds },
    },
  ];
}

function changeClientDetails(
  command: ChangeClientDetails,
  state: ClientState,
): ClientEvent[] {
  const client = activeClient(state, command.data.clientId);
  const checks = new FieldChecks();
  const changes: Partial<ClientDetails> = {};
  const { name, taxRateBasisPoints, responsibleIds } = command.data;
  if (name !== undefined && checks.name(name) !== client.name)
    changes.name = name.trim();
  if (
    taxRateBasisPoints !== undefined &&
    checkTaxRate(checks, taxRateBasisPoints) !== client.taxRateBasisPoints
  ) {
    changes.taxRateBasisPoints = taxRateBasisPoints;
  }
  if (responsibleIds !== undefined) {
    const ids = checks.ids(responsibleIds, 'responsibleIds');
    const same =
      ids.length === client.responsibleIds.length &&
      ids.every((id) => client.responsibleIds.includes(id));
    if (!same) changes.responsibleIds = ids;
  }
  checks.throwIfAny();
  return Object.keys(changes).length === 0
    ? []
    : [
        {
          type: 'client-details-changed',
          data: { clientId: client.clientId, ...changes },
        },
      ];
}

export function decideClient(
  command: ClientCommand,
  state: ClientState,
  context: ClientDecisionContext = {},
): ClientEvent[] {
  switch (command.type) {
    case 'create-client':
      return createClient(command, state);
    case 'change-client-details':
      return changeClientDetails(command, state);
    case 'change-client-currency': {
      const client = activeClient(state, command.data.clientId);
      const checks = new FieldChecks();
      const currency = checks.currency(command.data.currency);
      checks.throwIfAny();
      if (currency === client.currency) return [];
      if (context.hasBilledHours === undefined) {
        throw new Error(
          'change-client-currency needs context.hasBilledHours from the caller',
        );
      }
      if (context.hasBilledHours) {
        throw new RuleViolationError(
          'CLIENT_HAS_BILLED_HOURS',
          `Client ${client.clientId} has billed hours in ${client.currency}; its currency cannot change`,
        );
      }
      return [
        {
          type: 'client-currency-changed',
          data: {
            clientId: client.clientId,
            currency,
            previousCurrency: client.currency,
          },
        },
      ];
    }
    case 'archive-client': {
      const client = existing(state, command.data.clientId);
      return client.status === 'archived'
        ? []
        : [{ type: 'client-archived', data: { clientId: client.clientId } }];
    }
    case 'unarchive-client': {
      const client = existing(state, command.data.clientId);
      return client.status === 'active'
        ? []
        : [{ type: 'client-unarchived', data: { clientId: client.clientId } }];
    }
    default:
      return assertNever(command, 'client command');
  }
}

export const clientDecider: Decider<
  ClientCommand,
  ClientState,
  ClientEvent,
  ClientDecisionContext
> = {
  decide: decideClient,
  evolve: evolveClient,
  initialState: initialClientState,
};
