/** Collects positional parameters while SQL is assembled: `add(value)` returns its placeholder. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}
