// Port helpers: pick a free loopback port (for throw-away test databases) and check
// that a fixed one is free before Neo4j tries it, for a clearer error than Neo4j's.
import { createServer } from 'node:net';

const HOST = '127.0.0.1';

/** Asks the OS for a currently free port. Another process could take it before we
 *  bind it; on a developer machine that race is rare enough to accept. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolveFree(false));
    server.listen(port, HOST, () => server.close(() => resolveFree(true)));
  });
}
