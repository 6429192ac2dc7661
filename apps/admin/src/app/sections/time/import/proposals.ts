import { AcceptCalendarProposalsResponse, AcceptedCalendarProposal, CalendarPreviewResponse, CalendarProposalView, CalendarSkipReasonName } from '@billing/time-tracking/contracts';
import { dayInZone, instantMs } from '../shared/local-time';

export const SKIP_REASONS: Readonly<Record<CalendarSkipReasonName, string>> = {
  'all-day': 'All-day event',
  'no-matching-rule': 'No rule matches',
  'not-after-start': 'Ends before it starts',
  'longer-than-24h': 'Longer than 24 h',
  'repeated-in-calendar': 'Repeated in the calendar',
};

export interface ProposalRow {
  readonly proposal: CalendarProposalView;
  readonly title: string;
  readonly projectId: string | null;
  readonly taskId: string | null;
  /** The day in the organisation's zone. */
  day(zone: string): string;
}

const ORDER: Readonly<Record<CalendarProposalView['outcome'], number>> = { proposed: 0, 'already-imported': 1, skipped: 2 };

/** Proposals first, then the already imported, then the skipped; each by start. */
export function proposalRows(preview: CalendarPreviewResponse | null): ProposalRow[] {
  return (preview?.proposals ?? [])
    .map((proposal) => ({
      proposal,
      title: proposal.outcome === 'proposed' ? proposal.description : proposal.summary,
      projectId: proposal.outcome === 'proposed' ? proposal.projectId : null,
      taskId: proposal.outcome === 'proposed' ? proposal.taskId : null,
      day: (zone: string) => (proposal.outcome === 'proposed' ? proposal.day : dayInZone(instantMs(proposal.startedAt), zone)),
    }))
    .sort((a, b) => ORDER[a.proposal.outcome] - ORDER[b.proposal.outcome] || a.proposal.startedAt.localeCompare(b.proposal.startedAt));
}

/** The chosen proposals as the accept request wants them. */
export function acceptedOf(rows: readonly ProposalRow[], selected: ReadonlySet<string>): AcceptedCalendarProposal[] {
  return rows.flatMap(({ proposal }) =>
    proposal.outcome === 'proposed' && selected.has(proposal.proposalId)
      ? [
          {
            externalId: proposal.externalId,
            projectId: proposal.projectId,
            taskId: proposal.taskId,
            description: proposal.description,
            startedAt: proposal.startedAt,
            endedAt: proposal.endedAt,
          },
        ]
      : [],
  );
}

export interface ImportSummary {
  readonly logged: number;
  readonly alreadyImported: number;
  readonly refused: readonly string[];
}

export function importSummary(response: AcceptCalendarProposalsResponse): ImportSummary {
  return {
    logged: response.results.filter((result) => result.outcome === 'logged').length,
    alreadyImported: response.results.filter((result) => result.outcome === 'already-imported').length,
    refused: response.results.flatMap((result) => (result.outcome === 'refused' ? [result.message] : [])),
  };
}
