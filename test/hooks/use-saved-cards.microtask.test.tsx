// The same tests, with react-query notifying through queueMicrotask.
import { underMicrotaskScheduler } from './schedulers';
import './use-saved-cards.test';

underMicrotaskScheduler();
