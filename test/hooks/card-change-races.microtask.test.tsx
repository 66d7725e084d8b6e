// The same tests, with react-query notifying through queueMicrotask.
import { underMicrotaskScheduler } from './schedulers';
import './card-change-races.test';

underMicrotaskScheduler();
