import { buildTree, type TotalsRow, totalsRowsOf } from './report-tree';

/** A leaf group's row. */
function row(
  keys: Array<string | null>,
  labels: Array<string | null>,
  tracked: number,
): TotalsRow {
  return [
    ...keys.flatMap((key, index) => [key, labels[index] ?? null]),
    tracked,
    0,
    0,
    0,
    0,
    1,
    'EUR',
    'EUR',
  ];
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
  it('adds leaf rows in any order up into their parents and sorts names by label (case-insensitive, ties by key, no key last) and days by key', () => {
    const rows = [
      row(['m-2', '2026-03-02'], ['bea', null], 5),
      row(['m-1', '2026-03-10'], ['Bea', null], 7),
      row([null, '2026-03-01'], [null, null], 9),
      row(['m-2', '2026-02-27'], ['bea', null], 6),
      row(['m-1', '2026-03-09'], ['Bea', null], 8),
      row(['m-3', '2026-03-09'], ['Alma', null], 3),
    ];

    const tree = buildTree(rows, ['member', 'day']);

    expect(tree.totals.trackedSeconds).toBe(38);
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
      row(['c-1', 'p-1', null], ['Client', 'P', null], 4),
      row(['c-1', 'p-1', 't-1'], ['Client', 'P', 'Design'], 6),
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

  it('reads the rows from the JSON text of the answer, with totals as exact integers and one currency or none', () => {
    const answer = [
      {
        rows: '[["c-1","Acme",5400,3600,0,15000,4000,2,"EUR","EUR"],["c-2","Globex",60,0,0,0,25,1,"USD","USD"]]',
      },
    ];

    const tree = buildTree(totalsRowsOf(answer), ['client']);

    expect(tree.groups[0]?.totals).toEqual({
      trackedSeconds: 5400,
      billableSeconds: 3600,
      billedSeconds: 0,
      amount: 15000,
      cost: 4000,
      profit: 11000,
      entryCount: 2,
      currency: 'EUR',
    });
    expect(tree.totals).toMatchObject({ trackedSeconds: 5460, amount: 15000, cost: 4025, profit: 10975, entryCount: 3, currency: null });
    expect(totalsRowsOf([])).toEqual([]);
  });

  it('refuses a total past the safe integer range instead of rounding it, in a row or in a sum', () => {
    expect(() => buildTree([row(['c-1'], ['A'], 2 ** 53)], ['client'])).toThrow(RangeError);
    const half = Number.MAX_SAFE_INTEGER - 10;
    expect(() => buildTree([row(['c-1'], ['A'], half), row(['c-2'], ['B'], half)], ['client'])).toThrow(RangeError);
  });

  it('answers the one row of an ungrouped selection as the grand total', () => {
    const tree = buildTree([row([], [], 3600)], []);

    expect(tree).toEqual({ totals: expect.objectContaining({ trackedSeconds: 3600, entryCount: 1 }), groups: [] });
  });

  it('answers the empty totals and no groups without rows', () => {
    expect(buildTree([], ['client'])).toEqual({
      totals: expect.objectContaining({ trackedSeconds: 0, entryCount: 0 }),
      groups: [],
    });
  });
});
