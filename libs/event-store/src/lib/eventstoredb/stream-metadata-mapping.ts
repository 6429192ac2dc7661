import type { StreamMetadata } from '../port/types';

/**
 * Our metadata to the JSON KurrentDB keeps in `$$<stream>`: system keys are `$`-prefixed, custom keys sit beside
 * them at the top level. Written directly rather than through the client's helper, which would turn a custom
 * `maxAge` key into `$maxAge`.
 */
export function toStoredStreamMetadata(
  metadata: StreamMetadata,
): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata.custom ?? {})) {
    if (key.startsWith('$')) {
      throw new RangeError(
        `Custom stream metadata keys must not start with $: ${key}`,
      );
    }
    stored[key] = value;
  }
  setInteger(stored, '$maxAge', metadata.maxAge);
  setInteger(stored, '$maxCount', metadata.maxCount);
  setInteger(stored, '$tb', metadata.truncateBefore);
  return stored;
}

function setInteger(
  target: Record<string, unknown>,
  key: string,
  value: number | undefined,
): void {
  if (value === undefined) {
    return;
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `Stream metadata ${key} must be a non-negative integer, got ${value}`,
    );
  }
  target[key] = value;
}

/** Unknown `$` keys (ACLs, cache control) are not part of the port and are left out. */
export function fromStoredStreamMetadata(stored: unknown): StreamMetadata {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return {};
  }
  const record = stored as Record<string, unknown>;
  const metadata: StreamMetadata = {};
  const maxAge = record['$maxAge'];
  const maxCount = record['$maxCount'];
  const truncateBefore = record['$tb'];
  if (typeof maxAge === 'number') {
    metadata.maxAge = maxAge;
  }
  if (typeof maxCount === 'number') {
    metadata.maxCount = maxCount;
  }
  if (typeof truncateBefore === 'number') {
    metadata.truncateBefore = truncateBefore;
  }
  const custom = Object.fromEntries(
    Object.entries(record).filter(([key]) => !key.startsWith('$')),
  );
  if (Object.keys(custom).length > 0) {
    metadata.custom = custom;
  }
  return metadata;
}
