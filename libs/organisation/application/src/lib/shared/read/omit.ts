/** A copy of `value` without `keys` (event data minus the ids a row stores in other columns). */
export function omit<Value extends object, Key extends keyof Value>(value: Value, ...keys: Key[]): Omit<Value, Key> {
  const copy: Partial<Value> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<Value, Key>;
}
