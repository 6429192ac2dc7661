import { importSummary } from './import-summary';

describe('the ICS import summary', () => {
  it('counts what changed and says why events were skipped', () => {
    expect(
      importSummary({
        added: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26', name: 'Boxing Day' }],
        renamed: [],
        unchanged: [{ date: '2026-01-01', name: 'New Year' }],
        skipped: [{ summary: 'Offsite', reason: 'not a whole day' }],
      }),
    ).toBe('2 added, 0 renamed, 1 unchanged, 1 skipped (Offsite: not a whole day)');
  });
});
