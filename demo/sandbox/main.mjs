// `node demo/sandbox/main.mjs [port]`: runs the sandbox on 127.0.0.1 until Ctrl-C.
import { startSandbox } from './sandbox.mjs';

const port = Number(process.argv[2] ?? 0);
const sandbox = await startSandbox({ port: Number.isInteger(port) ? port : 0 });
console.log(`Payment-provider sandbox on ${sandbox.url}`);
console.log(`  Ottu: POST ${sandbox.url}/b/pbl/v2/card/   PayU: POST ${sandbox.url}/merchant/postservice?form=2`);
console.log(
  `  Admin: POST ${sandbox.url}/__sandbox/reset, GET|PUT ${sandbox.url}/__sandbox/faults, GET ${sandbox.url}/__sandbox/calls`,
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
