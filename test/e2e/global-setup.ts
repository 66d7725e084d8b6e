// Starts the demo (sandbox + page + merchant backend) on a free port, exactly as `npm start` does,
// and hands its URL to the tests through the environment (workers start after this runs).
import { startDemo } from '../../scripts/start.mjs';
import { DEMO_NOW } from './demo';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const demo = await startDemo({ port: 0, logLevel: 'warn', now: () => DEMO_NOW });
  process.env.E2E_DEMO_URL = demo.url;
  return () => demo.close();
}
