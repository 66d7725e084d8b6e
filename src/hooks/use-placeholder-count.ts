'use client';
import { useEffect, useSyncExternalStore } from 'react';

/** The storage key: the kit's prefix and a hash of the customer id, so neither a card nor the id is stored. */
function keyOf(customerId: string | null | undefined): string {
  let hash = 0x811c9dc5;
  for (const char of customerId ?? '') hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return `react-saved-cards:count:${(hash >>> 0).toString(36)}`;
}

/** The count remembered under `key`, from 1 to 20 (a long list scrolls anyway); null for none. */
function read(key: string): number | null {
  try {
    const count = Number(sessionStorage.getItem(key) ?? NaN);
    return Number.isInteger(count) ? Math.min(Math.max(count, 1), 20) : null;
  } catch {
    // No storage (a sandboxed frame, storage turned off): the prop's count, else 3.
    return null;
  }
}

const subscribe = () => () => {};

/**
 * How many skeleton rows to show while a list loads: the count this tab last saw for this customer
 * (sessionStorage, only the number), else `fallback`, else 3. It remembers each list it is given.
 */
export function usePlaceholderCount(
  customerId: string | null | undefined,
  listed: number | undefined,
  fallback = 3,
): number {
  const key = keyOf(customerId);
  // The server, and hydration, know no storage: they render the fallback; the browser then its own count.
  const seen = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  useEffect(() => {
    if (listed === undefined) return;
    try {
      sessionStorage.setItem(key, String(listed));
    } catch {
      // Full or refused: the next load shows the fallback count.
    }
  }, [key, listed]);
  return seen ?? fallback;
}
