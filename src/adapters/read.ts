import { normalizeBrand } from '../core/brands';

/** Plain-object check for untrusted JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first of `names` that the value, when it is a plain object, has as its own property. Own-property
 * lookups only, so a `__proto__` or `constructor` key in a payload is data, never a prototype.
 * Anything else (an array, a string, null) has no fields: callers need no check of their own.
 */
export function pick(record: unknown, ...names: string[]): unknown {
  if (!isRecord(record)) return undefined;
  for (const name of names) {
    if (Object.hasOwn(record, name) && record[name] !== undefined) return record[name];
  }
  return undefined;
}

/** A string field of an error body, if it is one. */
export function textOf(record: unknown, ...names: string[]): string | undefined {
  const value = pick(record, ...names);
  return typeof value === 'string' ? value : undefined;
}

/** The kit's brand ids of a co-badged card's networks, e.g. `['cartes_bancaires', 'visa']`; none when the backend names none the kit knows. */
export function networksOf(names: unknown): string[] | undefined {
  if (!Array.isArray(names)) return undefined;
  const brands = [...new Set(names.map(normalizeBrand))].filter((brand) => brand !== 'unknown');
  return brands.length ? brands : undefined;
}
