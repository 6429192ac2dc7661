import { buildTree, type TotalsRow } from './report-tree';

/** A rollup row: `g` has a bit set for each rolled-up trailing level (first level most significant). */
function row(
  g: number,
  keys: Array<string | null>,
  labels: Array<string | null>,
  tracked: number,
): TotalsRow {
  const columns: Record<string, unknown> = {};
  keys.forEach((key, index) => {
    columns[`k${index + 1}`] = key;
    columns[`label${index + 1}`] = labels[index] ?? null;
  });
  return {
    g,
    tracked: String(tracked),
    billable: '0',
    billed: '0',
    amount: '0',
    cost: '0',
    entries: '1',
    currency_min: 'EUR',
    currency_max: 'EUR',
    ...columns,
  };
}

type Outline = Array<[string | null, string, number, Outline?]>;
const outline = (groups: ReturnType<typeof buildTree>['groups']): Outline =>
  groups.map((group) =>
    group.children.length > 0
      ? [
          group.key,
          group.label,
          group.totals.trackedSeconds,
          outline(group.children),
        ]
      : [group.key, group.label, group.totals.trackedSeconds],
  );

describe('buildTree', () => {
  it('nests rollup rows in any order under their parents and sorts names by label (case-insensitive, ties by key, no key last) and days by key', () => {
    const rows = [
      row(0, ['m-2', '2026-03-02'], ['bea', null], 5),
      row(0, ['m-1', '2026-03-10'], ['Bea', null], 7),
      row(3, [null, null], [null, null], 42),
      row(0, [null, '2026-03-01'], [null, null], 9),
      row(1, ['m-2', null], ['bea', null], 11),
      row(0, ['m-2', '2026-02-27'], ['bea', null], 6),
      row(1, ['m-3', null], ['Alma', null], 3),
      row(0, ['m-1', '2026-03-09'], ['Bea', null], 8),
      row(1, [null, null], [null, null], 9),
      row(0, ['m-3', '2026-03-09'], ['Alma', null], 3),
      row(1, ['m-1', null], ['Bea', null], 15),
    ];

    const tree = buildTree(rows, ['member', 'day']);

    expect(tree.totals.trackedSeconds).toBe(42);
    expect(outline(tree.groups)).toEqual([
      ['m-3', 'Alma', 3, [['2026-03-09', '2026-03-09', 3]]],
      [
        'm-1',
        'Bea',
        15,
        [
          ['2026-03-09', '2026-03-09', 8],
          ['2026-03-10', '2026-03-10', 7],
        ],
      ],
      [
        'm-2',
        'bea',
        11,
        [
          ['2026-02-27', '2026-02-27', 6],
          ['2026-03-02', '2026-03-02', 5],
        ],
      ],
      [null, '(no member)', 9, [['2026-03-01', '2026-03-01', 9]]],
    ]);
  });

  it('keeps a null key apart from a key at every level of three', () => {
    const rows = [
      row(7, [null, null, null], [null, null, null], 10),
      row(3, ['c-1', null, null], ['Client', null, null], 10),
      row(1, ['c-1', 'p-1', null], ['Client', 'P', null], 10),
      row(0, ['c-1', 'p-1', null], ['Client', 'P', null], 4),
      row(0, ['c-1', 'p-1', 't-1'], ['Client', 'P', 'Design'], 6),
    ];

    const tree = buildTree(rows, ['client', 'project', 'task']);

    expect(outline(tree.groups)).toEqual([
      [
        'c-1',
        'Client',
        10,
        [
          [
            'p-1',
            'P',
            10,
            [
              ['t-1', 'Design', 6],
              [null, '(no task)', 4],
            ],
          ],
        ],
      ],
    ]);
  });

  it('answers the empty totals and no groups without rows', () => {
    expect(buildTree([], ['client'])).toEqual({
      totals: expect.objectContaining({ trackedSeconds: 0, entryCount: 0 }),
      groups: [],
    });
  });
});
