// Where the real-browser tests find Chromium: $CHROMIUM_PATH, else Debian's package.
// `scripts/test.mjs` makes sure it exists before any browser test runs. Plain JavaScript, so
// Node scripts (test.mjs, the bench, the consumer smoke test) import it as it is; types: chromium.d.mts.
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumPath = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;

// Flags that keep Chromium quiet on a closed network and happy as root in a container.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
