// The same tests, with react-query notifying through queueMicrotask.
import { underMicrotaskScheduler } from './schedulers';
import './use-pending-changes.test';

underMicrotaskScheduler();
