/**
 * actorgraph's configuration, read once from the environment.
 *
 * With NEO4J_URI set the app uses that database (a server, a cluster, Aura) and starts nothing;
 * without it, it runs the embedded default: a local Neo4j started from `neo4j-launcher/`.
 */
export interface ExternalDatabase {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface Config {
  readonly port: number;
  /** Interface to listen on; all interfaces when unset (so both localhost addresses answer). */
  readonly host: string | undefined;
  /** The database to use, or null for the embedded default. */
  readonly externalDatabase: ExternalDatabase | null;
  /** Where the embedded default keeps its data. */
  readonly dataDir: string;
  readonly boltPort: number;
  /** Bearer tokens and their roles: `ACTORGRAPH_TOKENS="token1:editor,token2:admin"`. */
  readonly tokens: ReadonlyMap<string, Role>;
  /** When true, reads need a token too (`ACTORGRAPH_PRIVATE_READS=true`). */
  readonly privateReads: boolean;
  readonly development: boolean;
  /** What one GraphQL request may ask for (`ACTORGRAPH_MAX_*`); see docs/security.md. */
  readonly limits: QueryLimits;
  /** GraphQL introspection; on in development, off in production unless ACTORGRAPH_INTROSPECTION=true. */
  readonly introspection: boolean;
}

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /** Objects a request may make the database produce (server/http/query-cost.ts). */
  readonly maxCost: number;
  /** How long one request's database work may take before it is cancelled. */
  readonly requestTimeoutMs: number;
}

/**
 * GraphQL Armor's defaults, but for depth: Armor counts a fragment spread as a level, so the
 * client's deepest operation (Overview: a page of relations with both ends) measures 8. The cost
 * limit, not depth, is what stops nested pages.
 */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1000,
  maxCost: 20_000,
  requestTimeoutMs: 15_000,
};

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env['NEO4J_URI']?.trim();
  return {
    port: readPort(env['PORT'], 4000, 'PORT'),
    host: env['HOST']?.trim() || undefined,
    externalDatabase: uri
      ? {
          uri,
          user: env['NEO4J_USER']?.trim() || 'neo4j',
          password: requireValue(env['NEO4J_PASSWORD'], 'NEO4J_PASSWORD must be set when NEO4J_URI is set'),
          database: env['NEO4J_DATABASE']?.trim() || undefined,
        }
      : null,
    dataDir: env['NEO4J_DATA_DIR']?.trim() || '.data/neo4j',
    boltPort: readPort(env['NEO4J_BOLT_PORT'], 7687, 'NEO4J_BOLT_PORT'),
    tokens: readTokens(env['ACTORGRAPH_TOKENS'] ?? ''),
    privateReads: env['ACTORGRAPH_PRIVATE_READS'] === 'true',
    development: env['NODE_ENV'] !== 'production',
    limits: {
      maxDepth: readLimit(env, 'ACTORGRAPH_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxAliases: readLimit(env, 'ACTORGRAPH_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
      maxDirectives: readLimit(env, 'ACTORGRAPH_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
      maxTokens: readLimit(env, 'ACTORGRAPH_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
      maxCost: readLimit(env, 'ACTORGRAPH_MAX_COST', DEFAULT_LIMITS.maxCost),
      requestTimeoutMs: readLimit(env, 'ACTORGRAPH_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    },
    introspection: env['NODE_ENV'] !== 'production' || env['ACTORGRAPH_INTROSPECTION'] === 'true',
  };
}

function readLimit(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`actorgraph: ${name} must be a whole number of at least 1, got "${value}"`);
  }
  return limit;
}

function readPort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`actorgraph: ${name} must be a port number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function requireValue(value: string | undefined, message: string): string {
  if (value === undefined || value === '') throw new Error(`actorgraph: ${message}`);
  return value;
}

function readTokens(text: string): Map<string, Role> {
  const tokens = new Map<string, Role>();
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.lastIndexOf(':');
    const token = separator > 0 ? entry.slice(0, separator) : entry;
    const role = separator > 0 ? entry.slice(separator + 1) : 'editor';
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new Error(`actorgraph: ACTORGRAPH_TOKENS: unknown role "${role}" (use ${ROLES.join(', ')})`);
    }
    if (token.length < 16) {
      throw new Error('actorgraph: ACTORGRAPH_TOKENS: every token must be at least 16 characters long');
    }
    tokens.set(token, role as Role);
  }
  return tokens;
}
