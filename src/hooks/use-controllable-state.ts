'use client';
import { useState } from 'react';

/** Controlled while `value` is given, else its own state from `defaultValue`, as Radix's `useControllableState`. */
export function useControllableState<T>(value: T | undefined, defaultValue: T | undefined) {
  const [own, setOwn] = useState<T | undefined>(defaultValue);
  const isControlled = value !== undefined;
  return [isControlled ? value : own, setOwn, isControlled] as const;
}
