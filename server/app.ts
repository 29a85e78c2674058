import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { createExtractor, loadKnownActors } from './extraction/create-extractor.ts';
import type { Extractor } from './extraction/extractor.ts';
import { createKeepWarmExtractor } from './extraction/keep-warm-extractor.ts';
import { createContext, type Context } from './graphql/context.ts';
import { maskUnexpectedError } from './graphql/errors.ts';
import { createSchema } from './graphql/schema.ts';
import { identifyCaller } from './http/auth.ts';
import { usePrivateReads } from './http/use-private-reads.ts';
import { useRequestErrorCodes } from './http/use-request-error-codes.ts';

export const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'client');

export interface App {
  /** The GraphQL endpoint as a fetch handler: tests call `app.yoga.fetch(url, init)` without a port. */
  readonly yoga: YogaServerInstance<Record<string, never>, Context>;
  /** The Node request listener: `/graphql` to the API, everything else to the built client. */
  readonly handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Releases what the app holds besides the database (the extractor's engine connection). */
  readonly close: () => Promise<void>;
}

/**
 * Builds the whole application around a database; `server/main.ts` only wires and listens. The
 * extractor is the real one unless given: it is made on the first `extractDraft`, resolves names
 * against the actors in `db` at that moment, and stays warm until `close()`.
 */
export function createApp({
  db,
  config,
  extractor = createKeepWarmExtractor(() => createExtractor({ knownActors: () => loadKnownActors(db) })),
}: {
  db: Database;
  config: Config;
  extractor?: Extractor;
}): App {
  const yoga = createYoga<Record<string, never>, Context>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: config.development ? { title: 'actorgraph' } : false,
    landingPage: false,
    // Expected errors carry extensions.code; anything else reaches the client as
    // "Unexpected error." and yoga logs the original with its stack.
    maskedErrors: { isDev: false, maskError: maskUnexpectedError },
    logging: config.development ? 'info' : 'warn',
    plugins: [usePrivateReads({ enabled: config.privateReads }), useRequestErrorCodes()],
    context: ({ request }) => createContext(db, identifyCaller(request, config), extractor),
  });

  const serveClient = existsSync(CLIENT_DIR)
    ? sirv(CLIENT_DIR, { single: true, dev: config.development, etag: true })
    : (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('actorgraph: the client is not built yet; run `npm run build:client` (npm start does it).\n');
      };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      void yoga.handle(req, res);
      return;
    }
    if (path === '/health') {
      void db.verifyConnectivity().then(
        () => sendJson(res, 200, { status: 'ok' }),
        () => sendJson(res, 503, { status: 'database unavailable' }),
      );
      return;
    }
    serveClient(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    });
  };

  return { yoga, handle, close: () => extractor.close() };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
