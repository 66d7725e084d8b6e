import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// The kit remembers each list's count in sessionStorage (the skeleton's rows): one test's list must not size the next one's skeleton.
afterEach(() => {
  globalThis.sessionStorage?.clear();
});
