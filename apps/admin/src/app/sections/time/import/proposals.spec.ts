import { CalendarPreviewResponse } from '@billing/time-tracking/contracts';
import { acceptedOf, importSummary, proposalRows } from './proposals';

const PREVIEW: CalendarPreviewResponse = {
  from: '2026-03-01',
  to: '2026-03-31',
  proposals: [
    { outcome: 'skipped', proposalId: 's', externalId: 'x-s', reason: 'all-day', summary: 'Holiday', startedAt: '2026-03-02T00:00:00Z', endedAt: '2026-03-03T00:00:00Z' },
    {
      outcome: 'proposed',
      proposalId: 'p2',
      externalId: 'x-2',
      projectId: 'p',
      taskId: null,
      description: 'Acme sync',
      startedAt: '2026-03-10T09:00:00Z',
      endedAt: '2026-03-10T09:30:00Z',
      durationSeconds: 1800,
      matchedKeyword: 'acme',
      day: '2026-03-10',
    },
    { outcome: 'already-imported', proposalId: 'a', externalId: 'x-a', entryId: 'e', summary: 'Acme sync', startedAt: '2026-03-03T09:00:00Z' },
    {
      outcome: 'proposed',
      proposalId: 'p1',
      externalId: 'x-1',
      projectId: 'p',
      taskId: 't',
      description: 'Acme review',
      startedAt: '2026-03-09T23:30:00Z',
      endedAt: '2026-03-10T00:30:00Z',
      durationSeconds: 3600,
      matchedKeyword: 'acme',
      day: '2026-03-10',
    },
  ],
};

describe('calendar proposals', () => {
  it('lists proposals first, then imported, then skipped, each by start', () => {
    expect(proposalRows(PREVIEW).map((row) => row.proposal.proposalId)).toEqual(['p1', 'p2', 'a', 's']);
    expect(proposalRows(null)).toEqual([]);
  });

  it('takes the day of a proposal from the server and of the others from the zone', () => {
    const rows = proposalRows(PREVIEW);
    expect(rows[0].day('UTC')).toBe('2026-03-10');
    expect(rows[3].day('America/New_York')).toBe('2026-03-01');
  });

  it('accepts only the chosen proposals', () => {
    expect(acceptedOf(proposalRows(PREVIEW), new Set(['p2', 'a', 's']))).toEqual([
      { externalId: 'x-2', projectId: 'p', taskId: null, description: 'Acme sync', startedAt: '2026-03-10T09:00:00Z', endedAt: '2026-03-10T09:30:00Z' },
    ]);
  });

  it('sums up the outcome', () => {
    expect(
      importSummary({
        results: [
          { externalId: '1', outcome: 'logged', entryId: 'e1' },
          { externalId: '2', outcome: 'already-imported', entryId: 'e2' },
          { externalId: '3', outcome: 'refused', status: 409, code: 'PERIOD_CLOSED', message: 'Period 2026-02 is closed' },
        ],
      }),
    ).toEqual({ logged: 1, alreadyImported: 1, refused: ['Period 2026-02 is closed'] });
  });
});
