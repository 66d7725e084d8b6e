// The same tests, with react-query notifying through queueMicrotask.
import { underMicrotaskScheduler } from './schedulers';
import './use-set-default-card.test';

underMicrotaskScheduler();
