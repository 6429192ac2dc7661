import { ValidationError } from '@billing/shared/kernel';

/** The ETag of an event-sourced resource is its stream revision, quoted: `"7"`. */
export function etagFor(revision: number): string {
  return `"${revision}"`;
}

/**
 * Reads the revision an update is based on from If-Match. Updates require it: without it a client could
 * overwrite a change it never saw.
 */
export function requireIfMatchRevision(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw ValidationError.single('If-Match', 'is required: send the ETag of the version you are changing');
  }
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(header.trim());
  if (match === null || match[1] === undefined) {
    throw ValidationError.single('If-Match', 'must be an ETag returned by this API, e.g. "3"');
  }
  return Number(match[1]);
}
