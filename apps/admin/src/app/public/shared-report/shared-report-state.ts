import { HttpErrorResponse } from '@angular/common/http';
import { ReportGroup, ReportGroupBy } from '@billing/reporting/contracts';

/** Why a shared link shows no report, in the person's terms (the API answers 404 or 410). */
export function sharedLinkProblem(error: unknown): { readonly title: string; readonly message: string } {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  switch (status) {
    case 410:
      return { title: 'This link has expired', message: 'Ask the person who shared the report for a new link.' };
    case 404:
    case 400:
      return {
        title: 'This link does not work',
        message: 'It was revoked, the report was deleted, or the link is incomplete. Ask the person who shared it for a new link.',
      };
    default:
      return { title: 'The report could not be loaded', message: 'The server could not be reached or failed. Try again in a moment.' };
  }
}

/** Names of the ids that appear as groups anywhere in the report (the only names a logged-out page knows). */
export function namesInReport(groups: readonly ReportGroup[]): (kind: ReportGroupBy, id: string) => string | null {
  const names = new Map<string, string>();
  const visit = (level: readonly ReportGroup[]) => {
    for (const group of level) {
      if (group.key !== null) {
        names.set(`${group.dimension}:${group.key}`, group.label);
      }
      visit(group.children);
    }
  };
  visit(groups);
  return (kind, id) => names.get(`${kind}:${id}`) ?? null;
}
