import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
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
import { useQueryLimits } from './http/use-query-limits.ts';
import { CLIENT_CSP, inlinePageCsp, SECURITY_HEADERS } from './http/security-headers.ts';

/** The header the client sends with every request, for CSRF prevention (see the plugins). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

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
  notReadyReason = () => null,
  extractor = createKeepWarmExtractor(() => createExtractor({ knownActors: () => loadKnownActors(db) })),
}: {
  db: Database;
  config: Config;
  /** Why the app cannot serve yet although the database answers (the schema or seed still loading). */
  notReadyReason?: () => string | null;
  extractor?: Extractor;
}): App {
  const yoga = createYoga<Record<string, never>, Context>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    // GraphiQL from the npm package, never a CDN: it works on a closed network and under a strict
    // policy. Without introspection it could not show the schema, so it goes with it.
    graphiql: config.introspection ? { title: 'actorgraph' } : false,
    renderGraphiQL: () => graphiqlPage().html,
    landingPage: false,
    // The client is served from this origin; pages of other origins may call the API only when
    // the operator names them (no CORS headers at all otherwise, so browsers refuse the answer).
    cors: config.corsOrigins.length > 0 ? { origin: [...config.corsOrigins], credentials: false } : false,
    // Expected errors carry extensions.code; anything else reaches the client as
    // "Unexpected error." and yoga logs the original with its stack.
    maskedErrors: { isDev: false, maskError: maskUnexpectedError },
    logging: config.development ? 'info' : 'warn',
    plugins: [
      ...useQueryLimits(config.limits, { hideSuggestions: !config.introspection }),
      ...(config.introspection ? [] : [useNoIntrospection()]),
      // In production a request a browser would send without a CORS preflight (a GET, a form
      // POST) must carry a header only a script can set: a page of another site cannot forge one.
      ...(config.development ? [] : [useCSRFPrevention({ requestHeaders: [CSRF_HEADER] })]),
      usePrivateReads({ enabled: config.privateReads }),
      useRequestErrorCodes(),
    ],
    context: ({ request }) => createContext(db, identifyCaller(request, config), config.cypher, extractor),
  });

  const serveClient = existsSync(CLIENT_DIR)
    ? sirv(CLIENT_DIR, { single: true, dev: config.development, etag: true })
    : (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('actorgraph: the client is not built yet; run `npm run build:client` (npm start does it).\n');
      };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      res.setHeader('content-security-policy', config.introspection ? graphiqlPage().csp : CLIENT_CSP);
      const refusal = refuseBody(req, config.limits.maxBodyBytes);
      if (refusal) {
        sendJson(res, refusal.status, {
          errors: [{ message: refusal.message, extensions: { code: 'BAD_USER_INPUT' } }],
        });
        return;
      }
      void yoga.handle(req, res);
      return;
    }
    res.setHeader('content-security-policy', CLIENT_CSP);
    // Liveness: the process answers. A database outage is not a reason to restart it (it
    // recovers by itself when Neo4j comes back), so this is 200 whatever the database does.
    if (path === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    // Readiness: whether requests can be served now, and if not, why.
    if (path === '/ready') {
      void db.verifyConnectivity().then(
        () => {
          const reason = notReadyReason();
          sendJson(res, reason ? 503 : 200, reason ? { status: 'unavailable', reason } : { status: 'ready' });
        },
        (error: unknown) =>
          sendJson(res, 503, {
            status: 'unavailable',
            reason: `database unavailable: ${error instanceof Error ? error.message : String(error)}`,
          }),
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

/**
 * A request body is read whole before it is parsed, so its size is checked first, from its
 * declared length: one over the limit, or one that declares none (a chunked upload could be of
 * any size), is refused before a byte of it is read.
 */
function refuseBody(req: IncomingMessage, maxBytes: number): { status: number; message: string } | null {
  if (req.method !== 'POST') return null;
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    return { status: 411, message: 'A request body needs a Content-Length header.' };
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) {
    return { status: 400, message: 'The Content-Length header is not a number of bytes.' };
  }
  if (length > maxBytes) {
    return {
      status: 413,
      message: `The request body is ${length} bytes; the limit is ${maxBytes} (ACTORGRAPH_MAX_BODY_BYTES).`,
    };
  }
  return null;
}

/** Refuses `__schema` and `__type` (production, unless ACTORGRAPH_INTROSPECTION=true). */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

let renderedGraphiql: { html: string; csp: string } | undefined;

/** GraphiQL's page is 9 MB of inline script: rendered and hashed once, on first use. */
function graphiqlPage(): { html: string; csp: string } {
  if (!renderedGraphiql) {
    const html = renderGraphiQL({ title: 'actorgraph', endpoint: '/graphql' });
    renderedGraphiql = { html, csp: inlinePageCsp(html) };
  }
  return renderedGraphiql;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
