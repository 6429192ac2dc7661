import {
  LocalDate,
  RuleViolationError,
  TimeEntryId,
  assertNever,
} from '@billing/shared/kernel';
import {
  BillingNames,
  ClientToBill,
  ProjectToBill,
  ValuedEntry,
} from '../inputs/billing-inputs';
import { DraftLine } from '../lines/invoice-line';
import { InvoiceTotals, invoiceTotals } from '../lines/invoice-totals';
import { draftFixedFeeLines } from './draft-fixed-fee';
import { draftHourlyLines } from './draft-hourly';
import { draftPerPeriodLines } from './draft-per-period';

/** A billing run: a client, a period (local days, inclusive), its projects and their unbilled entries. */
export interface BillingRun {
  client: ClientToBill;
  from: LocalDate;
  to: LocalDate;
  projects: readonly ProjectToBill[];
  /** Unbilled entries of the selection, valued by the rates context. */
  entries: readonly ValuedEntry[];
  names?: BillingNames;
}

export interface InvoiceProposal {
  lines: DraftLine[];
  coveredEntryIds: TimeEntryId[];
  totals: InvoiceTotals;
  /** Billable entries left out because no rate applied (SPEC: "missing rate" in the billing audit). */
  entriesWithoutRate: TimeEntryId[];
}

function assertOneCurrency(run: BillingRun): void {
  const { currency, clientId } = run.client;
  for (const project of run.projects) {
    const model = project.billingModel;
    const modelCurrency =
      model.kind === 'hourly' ? currency : model.fee.currency;
    if (
      project.clientId !== clientId ||
      project.currency !== currency ||
      modelCurrency !== currency
    ) {
      throw new RuleViolationError(
        'MIXED_CURRENCIES',
        `Project ${project.projectId} is not billed to client ${clientId} in ${currency}`,
      );
    }
  }
  const projectIds = new Set(run.projects.map((project) => project.projectId));
  for (const entry of run.entries) {
    if (
      !projectIds.has(entry.projectId) ||
      entry.amount.currency !== currency
    ) {
      throw new RuleViolationError(
        'MIXED_CURRENCIES',
        `Entry ${entry.entryId} does not belong to a selected project billed in ${currency}`,
      );
    }
  }
}

function linesFor(
  project: ProjectToBill,
  entries: ValuedEntry[],
  run: BillingRun,
): DraftLine[] {
  const model = project.billingModel;
  switch (model.kind) {
    case 'hourly':
      return draftHourlyLines(
        project,
        model.invoiceLinesPer,
        entries,
        run.names ?? {},
      );
    case 'fixed_fee':
      return draftFixedFeeLines(project, model.fee, entries, run.to);
    case 'per_period':
      return draftPerPeriodLines(project, model, entries, run.from, run.to);
    default:
      return assertNever(model, 'billing model');
  }
}

/**
 * Proposes the draft of one invoice for a client: lines per each project's billing model, in the client's
 * currency (a mix is refused), with the entries each line covers. Pure: the caller brings every input.
 */
export function proposeInvoiceDraft(run: BillingRun): InvoiceProposal {
  assertOneCurrency(run);
  const inSelection = run.entries.filter(
    (entry) => entry.day >= run.from && entry.day <= run.to,
  );
  const lines = run.projects.flatMap((project) =>
    linesFor(
      project,
      inSelection.filter((entry) => entry.projectId === project.projectId),
      run,
    ),
  );
  const covered = new Set(lines.flatMap((line) => line.entryIds));
  const hourlyProjects = new Set(
    run.projects
      .filter((project) => project.billingModel.kind === 'hourly')
      .map((project) => project.projectId),
  );
  return {
    lines,
    coveredEntryIds: [...covered],
    totals: invoiceTotals(
      lines,
      run.client.taxRateBasisPoints,
      run.client.currency,
    ),
    entriesWithoutRate: inSelection
      .filter(
        (entry) =>
          entry.billable &&
          entry.missingRate &&
          hourlyProjects.has(entry.projectId),
      )
      .map((entry) => entry.entryId),
  };
}
