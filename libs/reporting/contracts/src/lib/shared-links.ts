import type { SavedReportRun } from './saved-reports';

/**
 * Online sharing of a saved report: a signed (HMAC), expiring, revocable link that shows the report read-only and
 * without login, with exactly the scope of the member who created it (resolved each time it is opened: if they lose
 * access, so does the link).
 */

/** Body of `POST /api/v1/reports/saved/:id/links`. */
export interface CreateSharedLinkRequest {
  /** ISO-8601 instant in the future, at most `MAX_SHARED_LINK_DAYS` ahead. */
  expiresAt: string;
}

export const MAX_SHARED_LINK_DAYS = 366;

export interface SharedLinkView {
  id: string;
  savedReportId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  /** null while active. */
  revokedAt: string | null;
  active: boolean;
}

/** Response of creating a link: the only time the token is shown. */
export interface CreatedSharedLink extends SharedLinkView {
  token: string;
  /** API path that opens it: `/api/v1/shared-reports/<token>`. */
  path: string;
}

/** `GET /api/v1/reports/saved/:id/links`. */
export interface SharedLinkList {
  items: SharedLinkView[];
}

/** `GET /api/v1/shared-reports/:token` (public). 404 for an unknown, tampered or revoked link; 410 once expired. */
export interface SharedReportView extends SavedReportRun {
  expiresAt: string;
}
