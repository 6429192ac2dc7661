import { TimeEntryListQuery, TimeEntryView } from '@billing/time-tracking/contracts';
import { EMPTY, expand, map, Observable, reduce } from 'rxjs';
import { TimeApi } from './time-api';

const PAGE_SIZE = 200;
/** A week of one person never comes near this; it bounds a runaway scope. */
const MAX_PAGES = 10;

/** Every entry matching the query, page after page (200 each, at most 2,000). */
export function allEntries(api: TimeApi, query: TimeEntryListQuery): Observable<TimeEntryView[]> {
  return api.listEntries({ ...query, page: 1, pageSize: PAGE_SIZE }).pipe(
    expand((page) => (page.page * page.pageSize < page.total && page.page < MAX_PAGES ? api.listEntries({ ...query, page: page.page + 1, pageSize: PAGE_SIZE }) : EMPTY)),
    map((page) => page.items),
    reduce((all: TimeEntryView[], items) => all.concat(items), []),
  );
}
