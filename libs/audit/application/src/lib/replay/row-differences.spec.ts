import { rowDifferences } from './row-differences';

describe('rowDifferences', () => {
  const columns = ['entry_id', 'duration_seconds', 'tags'];

  it('names each differing column with both values and the row key', () => {
    const live = { entry_id: 'e1', duration_seconds: 72000, tags: ['a'] };
    const replayed = { entry_id: 'e1', duration_seconds: 7200, tags: ['a'] };
    expect(rowDifferences('tt_time_entries', ['entry_id'], columns, live, replayed)).toEqual([
      { table: 'tt_time_entries', key: { entry_id: 'e1' }, column: 'duration_seconds', live: 72000, replayed: 7200 },
    ]);
  });

  it('reports a row missing on one side as a whole', () => {
    const replayed = { entry_id: 'e2', duration_seconds: 60, tags: [] };
    expect(rowDifferences('tt_time_entries', ['entry_id'], columns, null, replayed)).toEqual([
      { table: 'tt_time_entries', key: { entry_id: 'e2' }, column: '(row)', live: null, replayed },
    ]);
  });

  it('finds nothing when the rows are equal, null and missing alike', () => {
    expect(rowDifferences('t', ['entry_id'], columns, { entry_id: 'e3', duration_seconds: null }, { entry_id: 'e3', tags: undefined })).toEqual([]);
  });
});
