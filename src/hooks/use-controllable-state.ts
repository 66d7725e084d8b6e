'use client';
import { useState } from 'react';

/**
 * A value the caller may control (`value` given) or leave to the hook (`defaultValue` first), as
 * Radix's `useControllableState`. The setter is React's own (stable); while controlled, what it
 * stores is not shown.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T | undefined) {
  const [own, setOwn] = useState<T | undefined>(defaultValue);
  const isControlled = value !== undefined;
  return [isControlled ? value : own, setOwn, isControlled] as const;
}
