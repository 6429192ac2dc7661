import { TeamId } from '@billing/shared/kernel';
import { ChecklistSnapshot } from '../checklist/checklist';
import { DomainCommand } from '../shared/messages';

/** Sets the period's submission deadline (`YYYY-MM-DD`), or null to follow the organisation's rule again. */
export type OverridePeriodDeadline = DomainCommand<
  'override-period-deadline',
  { periodKey: string; deadline: string | null; reason?: string }
>;

/** Closes the period organisation-wide (no teamIds) or for some teams, with the checklist computed just before. */
export type ClosePeriod = DomainCommand<
  'close-period',
  { periodKey: string; teamIds?: TeamId[]; note?: string; checklist: ChecklistSnapshot }
>;

/** Opens the period again, organisation-wide (no teamIds) or for some teams; the reason is mandatory. */
export type ReopenPeriod = DomainCommand<'reopen-period', { periodKey: string; teamIds?: TeamId[]; reason: string }>;

export type PeriodCommand = OverridePeriodDeadline | ClosePeriod | ReopenPeriod;
