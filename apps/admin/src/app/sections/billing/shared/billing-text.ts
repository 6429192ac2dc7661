import { InvoiceStatusName } from '@billing/billing/contracts';
import { RateLevelName, RateScopeDto } from '@billing/rates/contracts';

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** The calendar month before `today` (`YYYY-MM-DD`): 2026-01-15 -> 2025-12-01 .. 2025-12-31. */
export function lastMonthOf(today: string): DateRange {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const prefix = `${y}-${String(m).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${String(lastDay).padStart(2, '0')}` };
}

/** Today as `YYYY-MM-DD` in an IANA zone (the organisation's: its days and months are the billing ones). */
export function todayInZone(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Today as `YYYY-MM-DD` in the browser's zone, until the organisation's zone is known. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const STATUS_LABELS: Readonly<Record<InvoiceStatusName, string>> = {
  draft: 'Draft',
  issued: 'Issued',
  voided: 'Void',
  discarded: 'Discarded',
};

export function invoiceStatusLabel(status: InvoiceStatusName): string {
  return STATUS_LABELS[status];
}

export const LEVEL_LABELS: Readonly<Record<RateLevelName, string>> = {
  'member-on-project': 'Member on project',
  task: 'Task',
  project: 'Project',
  client: 'Client',
  member: 'Member',
  organisation: 'Organisation',
};

/** Which subjects a level needs picked before its rates can be shown. */
export function subjectsOf(level: RateLevelName): { member: boolean; project: boolean; task: boolean; client: boolean } {
  return {
    member: level === 'member' || level === 'member-on-project',
    project: level === 'project' || level === 'task' || level === 'member-on-project',
    task: level === 'task',
    client: level === 'client',
  };
}

export interface SubjectChoice {
  readonly memberId: string;
  readonly projectId: string;
  readonly taskId: string;
  readonly clientId: string;
}

/** The scope of the level with the chosen subjects, or null while a needed subject is missing. */
export function scopeFor(level: RateLevelName, chosen: SubjectChoice): RateScopeDto | null {
  const needs = subjectsOf(level);
  const scope: RateScopeDto = { level };
  for (const key of ['member', 'project', 'task', 'client'] as const) {
    if (!needs[key]) {
      continue;
    }
    const id = chosen[`${key}Id`];
    if (!id) {
      return null;
    }
    scope[`${key}Id`] = id;
  }
  return scope;
}

/** Same scope: same level and the same ids (the rate book lists every scope with its ids). */
export function sameScope(a: RateScopeDto, b: RateScopeDto): boolean {
  return a.level === b.level && a.memberId === b.memberId && a.projectId === b.projectId && a.taskId === b.taskId && a.clientId === b.clientId;
}
