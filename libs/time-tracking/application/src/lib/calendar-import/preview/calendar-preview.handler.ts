import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { type LocalDate, type MemberId, type ProjectId, type TaskId, addDays, startOfLocalDay } from '@billing/shared/kernel';
import type { CalendarPreviewResponse, CalendarProposalView } from '@billing/time-tracking/contracts';
import { type CalendarProposal, type ParsedCalendarEvent, calendarExternalId, entryDay, proposeCalendarEntries } from '@billing/time-tracking/domain';
import { CommandClock } from '../../shared/command-clock';
import { dayRange } from '../../shared/day-range';
import { OrganisationDirectory } from '../../shared/organisation-directory';
import { parseIcs } from '../ics/parse-ics';
import { CalendarRulesStore } from '../rules/calendar-rules.store';
import { CalendarPreviewQuery } from './calendar-preview.query';
import { ImportedEntries } from './imported-entries';

@QueryHandler(CalendarPreviewQuery)
export class CalendarPreviewHandler implements IQueryHandler<CalendarPreviewQuery> {
  constructor(
    private readonly organisation: OrganisationDirectory,
    private readonly rules: CalendarRulesStore,
    private readonly imported: ImportedEntries,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, icsText, from, to }: CalendarPreviewQuery): Promise<CalendarPreviewResponse> {
    const timeZone = await this.organisation.timeZone();
    const range = dayRange(from, to, this.clock.date(), timeZone);
    const events = parseIcs(icsText, {
      from: startOfLocalDay(range.from, timeZone),
      until: startOfLocalDay(addDays(range.to, 1) as LocalDate, timeZone),
      floatingZone: timeZone,
    });
    const { rules } = await this.rules.of(principal.memberId);
    const externalIds = events.map((event) => calendarExternalId(event.uid, event.recurrenceId));
    const imported = await this.imported.of(principal.memberId, externalIds);
    const proposals = proposeCalendarEntries({
      memberId: principal.memberId as MemberId,
      events,
      rules: rules.map((rule) => ({ keyword: rule.keyword, projectId: rule.projectId as ProjectId, taskId: (rule.taskId ?? null) as TaskId | null })),
      importedEntryFor: (externalId) => imported.get(externalId),
    });
    return { from: range.from, to: range.to, proposals: proposals.map((proposal, index) => viewOf(proposal, events[index], timeZone)) };
  }
}

function viewOf(proposal: CalendarProposal, event: ParsedCalendarEvent | undefined, timeZone: Parameters<typeof entryDay>[1]): CalendarProposalView {
  const summary = event?.summary.trim() ?? '';
  const startedAt = event?.startsAt ?? '';
  switch (proposal.outcome) {
    case 'proposed':
      return { ...proposal, proposalId: proposal.externalId, day: entryDay(proposal.startedAt, timeZone) };
    case 'already-imported':
      return { ...proposal, proposalId: proposal.externalId, summary, startedAt };
    case 'skipped':
      return { ...proposal, proposalId: proposal.externalId, summary, startedAt, endedAt: event?.endsAt ?? '' };
  }
}
