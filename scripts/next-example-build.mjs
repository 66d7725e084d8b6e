// Shared by scripts/example-next.mjs (npm test) and scripts/size-next.mjs (npm run size:next): examples/next on
// the packed kit, built with `next build`.
import { join } from 'node:path';
import { installPackedKit, root, run } from './packed-kit.mjs';

export const app = join(root, 'examples/next');
export const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Installs the packed kit in examples/next (run `npm run build` first) and runs `next build`. */
export function buildNextExample() {
  installPackedKit(app, env);
  run(join(app, 'node_modules/.bin/next'), ['build'], app, env);
}
