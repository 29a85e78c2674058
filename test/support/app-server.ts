import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';

/** Serves the real app (API and built client) on a free loopback port, as `npm start` would. */
export async function startTestServer(
  db: Database,
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; app: App; close(): Promise<void> }> {
  const app = createApp({ db, config: readConfig({ NODE_ENV: 'test', ...env }) });
  const server = createServer(app.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
