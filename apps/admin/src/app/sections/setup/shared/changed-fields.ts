/** JSON with object keys sorted, so two equal values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : field,
  );
}

/** The fields of `next` that differ from `before` (deep, by value): a PATCH sends only what the person changed. */
export function changedFields<T extends object>(before: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (canonicalJson(before[key]) !== canonicalJson(next[key])) {
      changes[key] = next[key];
    }
  }
  return changes;
}
