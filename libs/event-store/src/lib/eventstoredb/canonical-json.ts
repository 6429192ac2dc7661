/**
 * A deterministic JSON text: object keys sorted, no whitespace. The value first goes through a JSON round trip so
 * the hash covers exactly what is stored (undefined fields dropped, dates as strings), and re-reading the stored
 * event reproduces the same text.
 */
export function canonicalJson(value: unknown): string {
  const stored = JSON.stringify(value);
  return serialise(stored === undefined ? null : JSON.parse(stored));
}

function serialise(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(serialise).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${serialise(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}
