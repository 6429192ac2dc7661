import { AuditEntityType } from '@billing/audit/contracts';

/** Instants in UTC, to the second: auditors compare them with stored timestamps. */
export function instantLabel(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A diff value as text: strings as they are, absent as an em dash, anything else as JSON. */
export function valueLabel(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export const ENTITY_TYPE_LABELS: Readonly<Record<AuditEntityType, string>> = {
  organisation: 'Organisation',
  member: 'Member',
  team: 'Team',
  'team-membership': 'Team membership',
  client: 'Client',
  project: 'Project',
  'time-entry': 'Time entry',
  timer: 'Timer',
  'rate-book': 'Rate book',
  invoice: 'Invoice',
  'invoice-numbering': 'Invoice numbering',
  period: 'Period',
  other: 'Other stream',
};

/** `time-entry-edited` -> `Time entry edited`. */
export function eventTypeLabel(type: string): string {
  const words = type.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The value of a `datetime-local` input (local wall time) as an ISO instant; empty stays undefined. */
export function localInputToInstant(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
