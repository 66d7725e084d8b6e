/** Plain-object check for untrusted JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first of `names` that the object has as its own property. Own-property
 * lookups only, so a `__proto__` or `constructor` key in a payload is data, never a prototype.
 */
export function pick(record: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    if (Object.hasOwn(record, name) && record[name] !== undefined) return record[name];
  }
  return undefined;
}

/** A string field of an error body, if it is one. */
export function textOf(record: unknown, ...names: string[]): string | undefined {
  if (!isRecord(record)) return undefined;
  const value = pick(record, ...names);
  return typeof value === 'string' ? value : undefined;
}
