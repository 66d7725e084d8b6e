// A port nothing listens on at 127.0.0.1 right now, for the example servers npm test starts.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
