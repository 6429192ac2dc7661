/**
 * Shapes shared by every organisation resource. Plain TypeScript only: the Angular admin app imports these.
 * Dates are calendar dates `YYYY-MM-DD`; instants are ISO-8601 strings; money is integer minor units.
 */

/** One page of a list. `page` starts at 1; `pageSize` is at most {@link MAX_PAGE_SIZE}. */
export interface Page<Item> {
  items: Item[];
  page: number;
  pageSize: number;
  total: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Query string of every list endpoint: `?page=1&pageSize=50&q=acme`. */
export interface ListQuery {
  page?: number;
  pageSize?: number;
  /** Case-insensitive search in names (and e-mails for members). */
  q?: string;
}

/**
 * Every item carries the revision of the stream it was read from. Send it back as `If-Match: "<revision>"`
 * on updates and actions; the same value comes as the `ETag` response header.
 */
export interface Revisioned {
  revision: number;
}

export interface MoneyDto {
  /** Integer minor units (cents; yen have none). Never negative in requests. */
  amountMinor: number;
  /** ISO 4217 code, e.g. EUR. Must be the client's currency for project money. */
  currency: string;
}

export type TimeRoundingMode = 'none' | 'up' | 'down' | 'nearest';
export const TIME_ROUNDING_INCREMENTS = [1, 5, 6, 10, 15, 30, 60] as const;

export type TimeRoundingDto =
  | { mode: 'none' }
  | {
      mode: 'up' | 'down' | 'nearest';
      incrementMinutes: (typeof TIME_ROUNDING_INCREMENTS)[number];
    };

/** The body of every error response. */
export interface ApiErrorBody {
  error:
    | 'VALIDATION_FAILED'
    | 'NOT_FOUND'
    | 'CONFLICT'
    | 'RULE_VIOLATION'
    | 'FORBIDDEN'
    | 'UNAUTHORIZED'
    | string;
  message: string;
  /** Machine-readable reason for 409 and 422, e.g. MEMBER_EMAIL_TAKEN, WRONG_EXPECTED_REVISION. */
  code?: string;
  /** For 400: each offending field by its dotted path, e.g. `billingModel.fee.amountMinor`. */
  fields?: { path: string; reason: string }[];
  /** For 403: the permission the caller lacks. */
  missingPermission?: string;
}
