import {
  ClientId,
  CurrencyCode,
  InvoiceId,
  LocalDate,
  OrganisationId,
  TimeEntryId,
} from '@billing/shared/kernel';
import { InvoiceLine } from '../lines/invoice-line';
import { InvoiceEvent } from './invoice.events';

export type InvoiceStatus = 'draft' | 'issued' | 'voided' | 'discarded';

export interface ExistingInvoice {
  status: InvoiceStatus;
  invoiceId: InvoiceId;
  organisationId: OrganisationId;
  clientId: ClientId;
  currency: CurrencyCode;
  taxRateBasisPoints: number;
  lines: InvoiceLine[];
  /** Next id number for an added line: ids are L1, L2, ... and never reused. */
  nextLineNumber: number;
  number: string | null;
  sequence: number | null;
  issuedOn: LocalDate | null;
}

export type InvoiceState = { status: 'none' } | ExistingInvoice;

export const initialInvoiceState: InvoiceState = { status: 'none' };

export function coveredEntryIds(lines: readonly InvoiceLine[]): TimeEntryId[] {
  return [...new Set(lines.flatMap((line) => line.entryIds))];
}

export function evolveInvoice(
  state: InvoiceState,
  event: InvoiceEvent,
): InvoiceState {
  if (event.type === 'invoice-drafted') {
    const {
      invoiceId,
      organisationId,
      clientId,
      currency,
      taxRateBasisPoints,
      lines,
    } = event.data;
    return {
      status: 'draft',
      invoiceId,
      organisationId,
      clientId,
      currency,
      taxRateBasisPoints,
      lines,
      nextLineNumber: lines.length + 1,
      number: null,
      sequence: null,
      issuedOn: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'invoice-line-edited':
      return {
        ...state,
        lines: state.lines.map((line) =>
          line.lineId === event.data.lineId
            ? { ...line, ...event.data.changes }
            : line,
        ),
      };
    case 'invoice-line-added':
      return {
        ...state,
        lines: [...state.lines, event.data.line],
        nextLineNumber: state.nextLineNumber + 1,
      };
    case 'invoice-line-removed':
      return {
        ...state,
        lines: state.lines.filter((line) => line.lineId !== event.data.lineId),
      };
    case 'invoice-issued':
      return {
        ...state,
        status: 'issued',
        number: event.data.number,
        sequence: event.data.sequence,
        issuedOn: event.data.issuedOn,
      };
    case 'invoice-voided':
      return { ...state, status: 'voided' };
    case 'invoice-draft-discarded':
      return { ...state, status: 'discarded' };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
