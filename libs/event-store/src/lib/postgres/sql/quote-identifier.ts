/** Quotes a PostgreSQL identifier (schema, channel) so configuration can never inject SQL. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.length > 63) {
    throw new RangeError(`Invalid PostgreSQL identifier length: "${name}"`);
  }
  return `"${name.replace(/"/g, '""')}"`;
}
