/** The same object without its `undefined` values: a card holds only the fields it has, a query only the options given. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
