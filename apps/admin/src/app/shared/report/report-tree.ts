import { ReportGroup } from '@billing/reporting/contracts';

/** One visible line of the grouped table: a group at its depth, or the entries under an opened leaf group. */
export type ReportRow =
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly depth: number;
      readonly group: ReportGroup;
      /** From the top level down to this group. */
      readonly path: readonly ReportGroup[];
      readonly hasChildren: boolean;
      readonly expanded: boolean;
    }
  | { readonly kind: 'entries'; readonly id: string; readonly depth: number; readonly path: readonly ReportGroup[] };

/** A stable id for a group from its path: `project:p-1/member:m-2`; a null key is `~`. */
export function groupPathId(path: readonly Pick<ReportGroup, 'dimension' | 'key'>[]): string {
  return path.map((group) => `${group.dimension}:${group.key ?? '~'}`).join('/');
}

/**
 * The rows to show: every top-level group, and below each expanded group its children. An expanded leaf group
 * (no children) is followed by an `entries` row when `withEntries` is set.
 */
export function flattenReport(groups: readonly ReportGroup[], expanded: ReadonlySet<string>, withEntries: boolean): ReportRow[] {
  const rows: ReportRow[] = [];
  const visit = (level: readonly ReportGroup[], parent: readonly ReportGroup[]) => {
    for (const group of level) {
      const path = [...parent, group];
      const id = groupPathId(path);
      const hasChildren = group.children.length > 0;
      const isOpen = expanded.has(id) && (hasChildren || withEntries);
      rows.push({ kind: 'group', id, depth: parent.length, group, path, hasChildren, expanded: isOpen });
      if (isOpen && hasChildren) {
        visit(group.children, path);
      } else if (isOpen) {
        rows.push({ kind: 'entries', id: `${id}#entries`, depth: path.length, path });
      }
    }
  };
  visit(groups, []);
  return rows;
}

/** Opens or closes one group. */
export function toggleExpanded(expanded: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(expanded);
  if (!next.delete(id)) {
    next.add(id);
  }
  return next;
}

/** The ids of every group with children above `depth` (0: none open, 1: the top level open, ...). */
export function expandedToDepth(groups: readonly ReportGroup[], depth: number): Set<string> {
  const ids = new Set<string>();
  const visit = (level: readonly ReportGroup[], parent: readonly ReportGroup[]) => {
    if (parent.length >= depth) {
      return;
    }
    for (const group of level) {
      const path = [...parent, group];
      if (group.children.length > 0) {
        ids.add(groupPathId(path));
        visit(group.children, path);
      }
    }
  };
  visit(groups, []);
  return ids;
}

/** Whether any group in the tree has children (the table then offers expand/collapse all). */
export function isNested(groups: readonly ReportGroup[]): boolean {
  return groups.some((group) => group.children.length > 0);
}
