import {
  ConflictError,
  Decider,
  InvoiceId,
  LocalDate,
  OrganisationId,
  RuleViolationError,
  assertNever,
  partsOf,
} from '@billing/shared/kernel';
import { DomainCommand, DomainEvent } from '../shared/messages';
import { FieldChecks } from '../shared/field-checks';

/**
 * The gapless per-organisation invoice sequence, on its own stream `invoice-numbering-<organisationId>`.
 * Every number is decided from the stream's state and appended with the expected revision it was read at: when
 * two issues race, one append wins and the other is refused (409), reloads and takes the next number. Numbers
 * are therefore consecutive, never duplicated. Assigning is idempotent per invoice, so a retry after a crash
 * between "number assigned" and "invoice issued" reuses the number instead of leaving a gap.
 */
export type InvoiceNumberAssigned = DomainEvent<
  'invoice-number-assigned',
  {
    organisationId: OrganisationId;
    invoiceId: InvoiceId;
    sequence: number;
    number: string;
    issuedOn: LocalDate;
  }
>;
export type InvoiceNumberingEvent = InvoiceNumberAssigned;

export type AssignInvoiceNumber = DomainCommand<
  'assign-invoice-number',
  { organisationId: OrganisationId; invoiceId: InvoiceId; issuedOn: LocalDate }
>;
export type InvoiceNumberingCommand = AssignInvoiceNumber;

/**
 * Supplied by the handler: renders the organisation's configured format (the organisation context's
 * formatInvoiceNumber with its format string), e.g. `INV-{YYYY}-{SEQ:4}` -> INV-2026-0001.
 */
export interface InvoiceNumberingContext {
  formatNumber(values: {
    year: number;
    month: number;
    sequence: number;
  }): string;
}

export interface InvoiceNumberingState {
  organisationId: OrganisationId | null;
  lastSequence: number;
  byInvoice: Readonly<Record<string, { sequence: number; number: string }>>;
  numbersInUse: readonly string[];
}

export const initialInvoiceNumberingState: InvoiceNumberingState = {
  organisationId: null,
  lastSequence: 0,
  byInvoice: {},
  numbersInUse: [],
};

export function invoiceNumberingStreamId(
  organisationId: OrganisationId,
): string {
  return `invoice-numbering-${organisationId}`;
}

export function evolveInvoiceNumbering(
  state: InvoiceNumberingState,
  event: InvoiceNumberingEvent,
): InvoiceNumberingState {
  switch (event.type) {
    case 'invoice-number-assigned':
      return {
        organisationId: event.data.organisationId,
        lastSequence: event.data.sequence,
        byInvoice: {
          ...state.byInvoice,
          [event.data.invoiceId]: {
            sequence: event.data.sequence,
            number: event.data.number,
          },
        },
        numbersInUse: [...state.numbersInUse, event.data.number],
      };
    default:
      return assertNever(event.type, 'invoice numbering event');
  }
}

/** The number already assigned to an invoice, if any (read after an idempotent assign). */
export function assignedInvoiceNumber(
  state: InvoiceNumberingState,
  invoiceId: InvoiceId,
): { sequence: number; number: string } | undefined {
  return state.byInvoice[invoiceId];
}

export function decideInvoiceNumbering(
  command: InvoiceNumberingCommand,
  state: InvoiceNumberingState,
  context: InvoiceNumberingContext,
): InvoiceNumberingEvent[] {
  switch (command.type) {
    case 'assign-invoice-number': {
      const { organisationId, invoiceId, issuedOn } = command.data;
      const checks = new FieldChecks();
      checks.id(organisationId, 'organisationId');
      checks.id(invoiceId, 'invoiceId');
      checks.date(issuedOn, 'issuedOn');
      checks.throwIfAny();
      if (
        state.organisationId !== null &&
        state.organisationId !== organisationId
      ) {
        throw new RuleViolationError(
          'WRONG_NUMBERING_STREAM',
          `This sequence belongs to organisation ${state.organisationId}`,
        );
      }
      if (assignedInvoiceNumber(state, invoiceId) !== undefined) return [];
      const sequence = state.lastSequence + 1;
      const { year, month } = partsOf(issuedOn);
      const number = context.formatNumber({ year, month, sequence });
      if (state.numbersInUse.includes(number)) {
        throw new ConflictError(
          'INVOICE_NUMBER_TAKEN',
          { number },
          `Invoice number ${number} is already used; check the number format`,
        );
      }
      return [
        {
          type: 'invoice-number-assigned',
          data: { organisationId, invoiceId, sequence, number, issuedOn },
        },
      ];
    }
    default:
      return assertNever(command.type, 'invoice numbering command');
  }
}

export const invoiceNumberingDecider: Decider<
  InvoiceNumberingCommand,
  InvoiceNumberingState,
  InvoiceNumberingEvent,
  InvoiceNumberingContext
> = {
  decide: decideInvoiceNumbering,
  evolve: evolveInvoiceNumbering,
  initialState: initialInvoiceNumberingState,
};
