import type { Response } from 'express';
import type { RateBookView } from '@billing/rates/contracts';
import type {
  RateBookCommand,
  RateBookDecisionContext,
} from '@billing/rates/domain';
import { type CommandMetadata, etagFor } from '@billing/shared/event-sourcing';
import { withApiFieldNames } from '../shared/field-names';
import type { RateBookStore } from '../shared/rate-book-store';
import { rateBookView } from './rate-book-view';

/** Appends a rate change (domain field names reported as the API's) and answers with the book as it is now. */
export async function changeRateBook(
  store: RateBookStore,
  command: RateBookCommand,
  context: RateBookDecisionContext,
  metadata: CommandMetadata,
): Promise<RateBookView> {
  await withApiFieldNames(() => store.execute(command, context, metadata));
  const { book, revision } = await store.load(command.data.organisationId);
  return rateBookView(book, revision);
}

/** The book's revision as ETag, the If-Match of the next change; a book never written has none. */
export function withRateBookEtag(
  response: Response,
  view: RateBookView,
): RateBookView {
  if (view.revision !== null)
    response.setHeader('ETag', etagFor(view.revision));
  return view;
}
