import type { FieldDiff } from '@billing/audit/contracts';

export type FlatData = ReadonlyMap<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects become dotted paths; arrays and scalars are leaf values. */
export function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (!isPlainObject(value)) {
    if (prefix !== '') into.set(prefix, value);
    return into;
  }
  const keys = Object.keys(value);
  if (keys.length === 0 && prefix !== '') into.set(prefix, {});
  for (const key of keys) flatten(value[key], prefix === '' ? key : `${prefix}.${key}`, into);
  return into;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `{ changes: { field: { before, after } } }`, as `time-entry-edited` records an edit. */
function beforeAfterPairs(data: unknown): FieldDiff[] | null {
  if (!isPlainObject(data) || !isPlainObject(data['changes'])) return null;
  const entries = Object.entries(data['changes']);
  if (entries.length === 0) return null;
  const pairs: FieldDiff[] = [];
  for (const [path, change] of entries) {
    if (!isPlainObject(change) || !('before' in change) || !('after' in change)) return null;
    pairs.push({ path, before: change['before'] ?? null, after: change['after'] ?? null });
  }
  return pairs;
}

export interface DiffStep {
  changes: FieldDiff[];
  /** The accumulated data after this event. */
  next: FlatData;
}

/**
 * The readable change an event made. Events carrying their own before/after pairs are taken at their word; any other
 * event's data fields are compared with the data accumulated from the earlier events of the stream.
 */
export function diffEvent(previous: FlatData, data: unknown): DiffStep {
  const next = new Map(previous);
  const pairs = beforeAfterPairs(data);
  if (pairs !== null) {
    for (const pair of pairs) {
      for (const key of [...next.keys()]) if (key === pair.path || key.startsWith(`${pair.path}.`)) next.delete(key);
      flatten(pair.after, pair.path, next);
    }
    return { changes: pairs, next };
  }
  const changes: FieldDiff[] = [];
  for (const [path, after] of flatten(data)) {
    const before = previous.has(path) ? previous.get(path) : null;
    if (!previous.has(path) || !same(before, after)) changes.push({ path, before: before ?? null, after: after ?? null });
    next.set(path, after);
  }
  return { changes, next };
}
