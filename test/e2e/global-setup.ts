// Starts the demo (sandbox + page + merchant backend) on a free port, exactly as `npm start` does,
// and hands its URL to the tests through the environment (workers start after this runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../../scripts/start.mjs';
import { DEMO_NOW } from './demo';

export default async function globalSetup(): Promise<() => Promise<void>> {
  // A data folder of its own: the tests reset the demo, and must not empty what a developer set in demo/.data.
  const dataDir = mkdtempSync(join(tmpdir(), 'saved-cards-e2e-'));
  const demo = await startDemo({ port: 0, logLevel: 'warn', now: () => DEMO_NOW, dataDir });
  process.env.E2E_DEMO_URL = demo.url;
  return async () => {
    await demo.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
