import {
  Money,
  LocalDate,
  RuleViolationError,
  money,
  subtractMoney,
  sumMoney,
} from '@billing/shared/kernel';
import { ProjectToBill, ValuedEntry } from '../inputs/billing-inputs';
import { DraftLine } from '../lines/invoice-line';

/**
 * Fixed-fee lines: every milestone completed by `until` and not invoiced yet, at its amount; and, once the
 * project is completed, the remaining fee = fee - the milestones invoiced so far (earlier invoices and this one).
 * The project's entries in the selection are covered by the first line (marked billed with the invoice), so
 * hours are costed against the fee and never billed twice. No line: nothing is due, no entry is covered.
 */
export function draftFixedFeeLines(
  project: ProjectToBill,
  fee: Money,
  entries: readonly ValuedEntry[],
  until: LocalDate,
): DraftLine[] {
  const invoicedBefore = project.milestones.filter((milestone) =>
    project.invoiced.milestoneIds.includes(milestone.milestoneId),
  );
  const dueNow = project.milestones.filter(
    (milestone) =>
      milestone.completedOn !== null &&
      milestone.completedOn <= until &&
      !project.invoiced.milestoneIds.includes(milestone.milestoneId),
  );
  const lines: DraftLine[] = dueNow.map((milestone) => ({
    source: {
      kind: 'milestone',
      projectId: project.projectId,
      milestoneId: milestone.milestoneId,
    },
    description: `${project.name}: milestone ${milestone.name}`,
    quantity: { unit: 'units', value: 1 },
    price: { kind: 'per-unit', unitAmount: milestone.amount },
    discount: null,
    notes: '',
    entryIds: [],
  }));
  if (project.status === 'completed' && !project.invoiced.remainingFee) {
    const milestonesSoFar = sumMoney(
      [...invoicedBefore, ...dueNow].map((milestone) => milestone.amount),
      fee.currency,
    );
    const remaining = subtractMoney(fee, milestonesSoFar);
    if (remaining.amountMinor < 0) {
      throw new RuleViolationError(
        'MILESTONES_EXCEED_FEE',
        `Milestones of project ${project.projectId} add up to more than its fee`,
      );
    }
    if (remaining.amountMinor > 0) {
      lines.push({
        source: { kind: 'remaining-fee', projectId: project.projectId },
        description: `${project.name}: remaining fee at completion`,
        quantity: { unit: 'units', value: 1 },
        price: {
          kind: 'per-unit',
          unitAmount: money(remaining.amountMinor, fee.currency),
        },
        discount: null,
        notes: '',
        entryIds: [],
      });
    }
  }
  const [first] = lines;
  if (first !== undefined)
    first.entryIds = entries
      .filter((entry) => entry.billable)
      .map((entry) => entry.entryId);
  return lines;
}
