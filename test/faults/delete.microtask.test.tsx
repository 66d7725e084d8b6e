// The same tests, with react-query notifying through queueMicrotask.
import { underMicrotaskScheduler } from '../hooks/schedulers';
import './delete.test';

underMicrotaskScheduler();
