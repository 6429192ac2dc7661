import { sumMoney } from '@billing/shared/kernel';
import {
  BillingNames,
  ProjectToBill,
  ValuedEntry,
} from '../inputs/billing-inputs';
import { DraftLine, LineSource } from '../lines/invoice-line';

interface Group {
  source: LineSource;
  label: string;
  entries: ValuedEntry[];
}

function groupOf(
  project: ProjectToBill,
  per: 'member' | 'task',
  entry: ValuedEntry,
  names: BillingNames,
): Omit<Group, 'entries'> {
  if (per === 'member') {
    return {
      source: {
        kind: 'hourly-member',
        projectId: project.projectId,
        memberId: entry.memberId,
      },
      label: names.members?.[entry.memberId] ?? entry.memberId,
    };
  }
  return {
    source: {
      kind: 'hourly-task',
      projectId: project.projectId,
      taskId: entry.taskId,
    },
    label:
      entry.taskId === null
        ? 'No task'
        : (names.tasks?.[entry.taskId] ?? entry.taskId),
  };
}

function groupKey(source: LineSource): string {
  if (source.kind === 'hourly-member') return `m:${source.memberId}`;
  if (source.kind === 'hourly-task') return `t:${source.taskId ?? ''}`;
  return source.kind;
}

/**
 * Hourly lines, one per member (default) or per task. Quantity = sum of the entries' rounded billable seconds;
 * amount = sum of the entries' ROUNDED amounts (each entry was rounded half up on its own, and entries on one line
 * may carry different rates, e.g. after a mid-month rate change). Entries without billable seconds or without a
 * rate are left out: the first have nothing to bill, the second wait in the billing audit for a rate.
 * Lines are ordered by label, then key, so a run is deterministic.
 */
export function draftHourlyLines(
  project: ProjectToBill,
  per: 'member' | 'task',
  entries: readonly ValuedEntry[],
  names: BillingNames,
): DraftLine[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    if (!entry.billable || entry.billableSeconds === 0 || entry.missingRate)
      continue;
    const group = groupOf(project, per, entry, names);
    const key = groupKey(group.source);
    const existing = groups.get(key) ?? { ...group, entries: [] };
    existing.entries.push(entry);
    groups.set(key, existing);
  }
  return [...groups.entries()]
    .sort(([leftKey, left], [rightKey, right]) =>
      left.label === right.label
        ? leftKey < rightKey
          ? -1
          : 1
        : left.label < right.label
          ? -1
          : 1,
    )
    .map(([, group]) => ({
      source: group.source,
      description: `${project.name}: ${group.label}`,
      quantity: {
        unit: 'seconds' as const,
        value: group.entries.reduce(
          (sum, entry) => sum + entry.billableSeconds,
          0,
        ),
      },
      price: {
        kind: 'entries' as const,
        amount: sumMoney(
          group.entries.map((entry) => entry.amount),
          project.currency,
        ),
      },
      discount: null,
      notes: '',
      entryIds: group.entries.map((entry) => entry.entryId),
    }));
}
