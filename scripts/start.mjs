// `npm start`: the demo checkout, all on 127.0.0.1. It starts the payment-provider sandbox
// (demo/sandbox), then the demo page's Vite dev server (demo/), whose middleware is the demo
// merchant's backend (demo/server.ts): the kit's real server handler for Ottu and for PayU,
// pointed at the sandbox. PORT overrides the page's port; a busy port moves to the next one.
// What shoppers set (defaults, card names) is kept in demo/.data/, so a restart keeps it.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startSandbox } from '../demo/sandbox/sandbox.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PORT = 5173;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = resolve(root, 'demo/.data');

/**
 * A Vite plugin that mounts demo/server.ts. That file is TypeScript and imports the kit's
 * sources, so Vite loads it (`ssrLoadModule`); this glue stays plain JavaScript for Node.
 * @param {import('../demo/sandbox/sandbox.d.mts').Sandbox} sandbox
 * @param {string} dataDir
 */
function demoBackend(sandbox, dataDir) {
  /** @type {import('vite').ViteDevServer | undefined} */
  let vite;
  /** @type {Promise<ReturnType<typeof import('../demo/server.ts').createDemoBackend>> | undefined} */
  let backend;
  const load = () => {
    if (!vite) throw new Error('demo: the dev server is not configured yet');
    backend ??= vite
      .ssrLoadModule(resolve(root, 'demo/server.ts'))
      .then((module) => module.createDemoBackend(sandbox, { dataDir }));
    return backend;
  };
  return {
    load,
    close: () =>
      backend?.then(
        (middleware) => middleware.close(),
        () => undefined,
      ),
    /** @type {import('vite').Plugin} */
    plugin: {
      name: 'demo:merchant-backend',
      configureServer(server) {
        vite = server;
        // Before Vite's own middlewares, so /api/* never reaches the SPA fallback.
        server.middlewares.use((request, response, next) => {
          load().then((middleware) => middleware(request, response, next), next);
        });
      },
    },
  };
}

/**
 * Starts the sandbox and the demo page, and resolves once both listen.
 * @param {import('./start.d.mts').StartDemoOptions} [options]
 * @returns {Promise<import('./start.d.mts').RunningDemo>}
 */
export async function startDemo(options = {}) {
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, logLevel = 'info', dataDir = DEFAULT_DATA_DIR } = options;
  const sandbox = await startSandbox({
    port: options.sandboxPort ?? 0,
    host: '127.0.0.1',
    ...(options.now && { now: options.now }),
  });
  let server;
  let listeningPort;
  const backend = demoBackend(sandbox, dataDir);
  try {
    server = await createServer({
      configFile: resolve(root, 'demo/vite.config.ts'),
      logLevel,
      clearScreen: false,
      plugins: [backend.plugin],
      server: { host, port, strictPort: false },
    });
    await server.listen();
    // Loaded now, so a broken backend fails the start instead of the first request.
    await backend.load();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('demo: the dev server did not report its address');
    listeningPort = address.port;
  } catch (error) {
    await server?.close();
    await backend.close();
    await sandbox.close();
    throw error;
  }
  let closed;
  return {
    url: `http://${host}:${listeningPort}/`,
    sandboxUrl: sandbox.url,
    close: () =>
      (closed ??= Promise.all([server.close(), sandbox.close()])
        .then(() => backend.close())
        .then(() => undefined)),
  };
}

function portFromEnvironment() {
  if (!process.env.PORT) return DEFAULT_PORT;
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  return port;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const demo = await startDemo({ port: portFromEnvironment(), logLevel: 'warn' });
  console.log(`\n  react-saved-cards demo checkout: ${demo.url}`);
  console.log(`  payment-provider sandbox (Ottu + PayU): ${demo.sandboxUrl}`);
  console.log('  Press Ctrl+C to stop.\n');
  let closing = false;
  const stop = async (signal) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping the demo…`);
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
