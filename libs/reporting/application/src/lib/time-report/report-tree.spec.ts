import { buildTree, MIXED_CURRENCIES, type TotalsRow, totalsRowsOf } from './report-tree';

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
    null,
  ];
}

/** A leaf group's money row: amount in `currency`, cost in `costCurrency` (null: nothing costed). */
function moneyRow(
  key: string,
  amount: number,
  cost: number,
  currency: string,
  costCurrency: string | null,
): TotalsRow {
  return [key, key, 0, 0, 0, amount, cost, 1, currency, costCurrency];
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
        rows: '[["c-1","Acme",5400,3600,0,15000,4000,2,"EUR","EUR"],["c-2","Globex",60,0,0,0,25,1,"EUR","EUR"],["c-3","Initech",60,0,0,0,0,1,"USD",null]]',
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
      costCurrency: 'EUR',
    });
    expect(tree.totals).toMatchObject({ trackedSeconds: 5520, amount: 15000, cost: 4025, profit: null, entryCount: 4, currency: null, costCurrency: 'EUR' });
    expect(totalsRowsOf([])).toEqual([]);
  });

  describe('profit, never across currencies', () => {
    const totalsOf = (rows: TotalsRow[]) => buildTree(rows, ['client']);

    it('is amount - cost when amount and cost are in one currency', () => {
      const tree = totalsOf([moneyRow('c-1', 15_000, 4_000, 'EUR', 'EUR'), moneyRow('c-2', 500, 900, 'EUR', 'EUR')]);

      expect(tree.totals).toMatchObject({ amount: 15_500, cost: 4_900, profit: 10_600, currency: 'EUR', costCurrency: 'EUR' });
      expect(tree.groups[1]?.totals).toMatchObject({ profit: -400, costCurrency: 'EUR' });
    });

    it('is null when the cost is in another currency than the amount (a USD client of an EUR organisation)', () => {
      const tree = totalsOf([moneyRow('c-1', 15_000, 4_000, 'USD', 'EUR')]);

      expect(tree.totals).toMatchObject({ amount: 15_000, cost: 4_000, profit: null, currency: 'USD', costCurrency: 'EUR' });
      expect(tree.groups[0]?.totals).toMatchObject({ profit: null, currency: 'USD', costCurrency: 'EUR' });
    });

    it('is null when the costs mix currencies, even where the group rows each had one', () => {
      const tree = totalsOf([moneyRow('c-1', 1_000, 300, 'EUR', 'EUR'), moneyRow('c-2', 1_000, 300, 'EUR', 'USD')]);

      expect(tree.groups.map((group) => group.totals.profit)).toEqual([700, null]);
      expect(tree.totals).toMatchObject({ amount: 2_000, cost: 600, profit: null, currency: 'EUR', costCurrency: null });
    });

    it('is null when the costs mix currencies whose sum happens to be 0', () => {
      const tree = totalsOf([moneyRow('c-1', 1_000, 300, 'EUR', 'EUR'), moneyRow('c-2', 0, -300, 'EUR', 'USD')]);

      expect(tree.totals).toMatchObject({ cost: 0, profit: null, costCurrency: null });
    });

    it('is null when a leaf group itself mixes currencies (sent as MIXED_CURRENCIES)', () => {
      const tree = totalsOf([moneyRow('c-1', 1_000, 300, MIXED_CURRENCIES, 'EUR'), moneyRow('c-2', 500, 100, 'EUR', MIXED_CURRENCIES)]);

      expect(tree.groups.map((group) => [group.totals.currency, group.totals.costCurrency, group.totals.profit])).toEqual([
        [null, 'EUR', null],
        ['EUR', null, null],
      ]);
      expect(tree.totals).toMatchObject({ amount: 1_500, cost: 400, profit: null, currency: null, costCurrency: null });
    });

    it('is null when the amounts mix currencies', () => {
      const tree = totalsOf([moneyRow('c-1', 1_000, 300, 'EUR', 'EUR'), moneyRow('c-2', 1_000, 300, 'USD', 'EUR')]);

      expect(tree.totals).toMatchObject({ profit: null, currency: null, costCurrency: 'EUR' });
    });

    it('is the amount when nothing was costed (no cost rate: cost 0, no cost currency)', () => {
      const tree = totalsOf([moneyRow('c-1', 12_345, 0, 'USD', null)]);

      expect(tree.totals).toMatchObject({ amount: 12_345, cost: 0, profit: 12_345, currency: 'USD', costCurrency: null });
    });

    it('counts only the costed rows for the cost currency: uncosted rows of the same amount currency keep the profit', () => {
      const tree = totalsOf([moneyRow('c-1', 1_000, 0, 'EUR', null), moneyRow('c-2', 2_000, 500, 'EUR', 'EUR')]);

      expect(tree.totals).toMatchObject({ amount: 3_000, cost: 500, profit: 2_500, costCurrency: 'EUR' });
    });
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
