import { ReportGroup, ReportGroupBy } from '@billing/reporting/contracts';
import { expandedToDepth, flattenReport, groupPathId, isNested, toggleExpanded } from './report-tree';

const totals = { trackedSeconds: 0, billableSeconds: 0, billedSeconds: 0, amount: 0, cost: 0, profit: 0, entryCount: 0, currency: null, costCurrency: null };
const node = (dimension: ReportGroupBy, key: string | null, children: ReportGroup[] = []): ReportGroup => ({
  dimension,
  key,
  label: key ?? '(none)',
  totals,
  children,
});

// project p1 > members m1, m2; project p2 > member m1
const tree = [node('project', 'p1', [node('member', 'm1'), node('member', 'm2')]), node('project', 'p2', [node('member', 'm1')])];
const ids = (rows: ReturnType<typeof flattenReport>) => rows.map((row) => `${row.kind}:${row.id}`);

describe('report tree', () => {
  it('shows the top level when nothing is open', () => {
    expect(ids(flattenReport(tree, new Set(), true))).toEqual(['group:project:p1', 'group:project:p2']);
  });

  it('shows the children of an opened group, at their depth, under their own parent', () => {
    const rows = flattenReport(tree, new Set(['project:p2']), true);
    expect(ids(rows)).toEqual(['group:project:p1', 'group:project:p2', 'group:project:p2/member:m1']);
    expect(rows.map((row) => row.depth)).toEqual([0, 0, 1]);
    expect(rows[1]).toMatchObject({ kind: 'group', expanded: true, hasChildren: true });
  });

  it('follows an opened leaf with its entries, only where entries are offered', () => {
    const open = new Set(['project:p1', 'project:p1/member:m2']);
    expect(ids(flattenReport(tree, open, true))).toEqual([
      'group:project:p1',
      'group:project:p1/member:m1',
      'group:project:p1/member:m2',
      'entries:project:p1/member:m2#entries',
      'group:project:p2',
    ]);
    expect(ids(flattenReport(tree, open, false))).not.toContain('entries:project:p1/member:m2#entries');
    const entries = flattenReport(tree, open, true)[3];
    expect(entries.path.map((group) => group.key)).toEqual(['p1', 'm2']);
  });

  it('keeps ids apart for the same member under two projects, and for null keys', () => {
    expect(groupPathId([node('project', 'p1'), node('member', 'm1')])).not.toBe(groupPathId([node('project', 'p2'), node('member', 'm1')]));
    expect(groupPathId([node('task', null)])).toBe('task:~');
  });

  it('toggles and expands to a depth', () => {
    expect([...toggleExpanded(new Set(['a']), 'b')]).toEqual(['a', 'b']);
    expect([...toggleExpanded(new Set(['a', 'b']), 'a')]).toEqual(['b']);
    expect([...expandedToDepth(tree, 1)]).toEqual(['project:p1', 'project:p2']);
    expect([...expandedToDepth(tree, 0)]).toEqual([]);
    expect(isNested(tree)).toBe(true);
    expect(isNested([node('day', '2026-03-01')])).toBe(false);
  });
});
