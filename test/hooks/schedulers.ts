import { defaultScheduler, notifyManager } from '@tanstack/react-query';

/** The schedulers react-query's notifications are tried under: its own `setTimeout(0)`, and the one its docs show. */
export const schedulers = [
  ['the default scheduler', defaultScheduler],
  ['notifyManager.setScheduler(queueMicrotask)', queueMicrotask],
] as const;

/** Runs this file's tests with react-query notifying through `queueMicrotask`, and puts the default back after. */
export function underMicrotaskScheduler() {
  beforeAll(() => notifyManager.setScheduler(queueMicrotask));
  afterAll(() => notifyManager.setScheduler(defaultScheduler));
}
