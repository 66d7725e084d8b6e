import type { CardInput } from '../core/card';

/** Plain-object check for untrusted JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first of `names` the value has as its own property, when it is a plain object. Own properties
 * only, so a `__proto__` key in a payload is data, never a prototype.
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

/** Where a provider keeps one kit field: a name, names tried in order, or a dotted path (`card.last4`). */
export type FieldNames = string | readonly string[];

/** A provider's card shape as data: the kit's field names, each with where the provider keeps it. */
export type FieldTable = {
  readonly [Field in Exclude<keyof CardInput, 'deleteBlockedReason' | 'sourceIndex'>]?: FieldNames;
};

/** One provider record in the kit's field names; checking the values is the core's job. */
export function readCard(table: FieldTable, record: unknown): CardInput {
  const input: Record<string, unknown> = {};
  for (const [field, names] of Object.entries(table)) {
    for (const name of [names].flat()) {
      input[field] = name.split('.').reduce((value, part) => pick(value, part), record);
      if (input[field] !== undefined) break;
    }
  }
  return input as CardInput;
}

/**
 * A provider's list through its table. `computed` adds what a table cannot say, or `undefined` to leave a
 * record out; an entry that is no object is passed on, so the core reports it.
 */
export function readCards(
  entries: readonly unknown[],
  table: FieldTable,
  computed: (record: Record<string, unknown>) => Partial<CardInput> | undefined = () => ({}),
): CardInput[] {
  return entries.flatMap((entry, sourceIndex) => {
    const fields = isRecord(entry) ? computed(entry) : {};
    return fields ? [{ ...readCard(table, entry), ...fields, sourceIndex }] : [];
  });
}

/** The id of a provider's default card matches this record's. */
export function isDefault(record: Record<string, unknown>, defaultId: unknown): boolean {
  return defaultId !== undefined && defaultId !== null && pick(record, 'id') === defaultId;
}
