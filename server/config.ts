import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** Other origins whose pages may call the API (`ACTORGRAPH_CORS_ORIGINS`); none by default. */
  readonly corsOrigins: readonly string[];
  /** The Cypher console and saved analyses (`npm run cypher`, `cypher`, `runSavedAnalysis`). */
  readonly cypher: CypherSettings;
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
  /** The largest request body accepted (an article for extractDraft fits, with room). */
  readonly maxBodyBytes: number;
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
  maxBodyBytes: 2_000_000,
};

export interface CypherSettings {
  /** When true, ad-hoc Cypher needs no token (`ACTORGRAPH_OPEN_CYPHER=true`: one analyst on a laptop). */
  readonly open: boolean;
  /** The folder of saved analyses, read on every call (`ACTORGRAPH_SAVED_ANALYSES`). */
  readonly savedAnalysesDir: string;
  /** Each console query's time limit (`ACTORGRAPH_CYPHER_TIMEOUT_MS`). */
  readonly timeoutMs: number;
  /** The most rows a console query returns; more are cut and the result says so (`ACTORGRAPH_CYPHER_MAX_ROWS`). */
  readonly maxRows: number;
}

/** Saved analyses ship in the repository, beside the built-in analyses' Cypher. */
export const DEFAULT_SAVED_ANALYSES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'cypher',
  'analyses',
  'saved',
);

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
      maxDepth: readPositiveInteger(env['ACTORGRAPH_MAX_DEPTH'], DEFAULT_LIMITS.maxDepth, 'ACTORGRAPH_MAX_DEPTH'),
      maxAliases: readPositiveInteger(
        env['ACTORGRAPH_MAX_ALIASES'],
        DEFAULT_LIMITS.maxAliases,
        'ACTORGRAPH_MAX_ALIASES',
      ),
      maxDirectives: readPositiveInteger(
        env['ACTORGRAPH_MAX_DIRECTIVES'],
        DEFAULT_LIMITS.maxDirectives,
        'ACTORGRAPH_MAX_DIRECTIVES',
      ),
      maxTokens: readPositiveInteger(env['ACTORGRAPH_MAX_TOKENS'], DEFAULT_LIMITS.maxTokens, 'ACTORGRAPH_MAX_TOKENS'),
      maxCost: readPositiveInteger(env['ACTORGRAPH_MAX_COST'], DEFAULT_LIMITS.maxCost, 'ACTORGRAPH_MAX_COST'),
      requestTimeoutMs: readPositiveInteger(
        env['ACTORGRAPH_REQUEST_TIMEOUT_MS'],
        DEFAULT_LIMITS.requestTimeoutMs,
        'ACTORGRAPH_REQUEST_TIMEOUT_MS',
      ),
      maxBodyBytes: readPositiveInteger(
        env['ACTORGRAPH_MAX_BODY_BYTES'],
        DEFAULT_LIMITS.maxBodyBytes,
        'ACTORGRAPH_MAX_BODY_BYTES',
      ),
    },
    introspection: env['NODE_ENV'] !== 'production' || env['ACTORGRAPH_INTROSPECTION'] === 'true',
    corsOrigins: (env['ACTORGRAPH_CORS_ORIGINS'] ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    cypher: {
      open: env['ACTORGRAPH_OPEN_CYPHER'] === 'true',
      savedAnalysesDir: resolve(env['ACTORGRAPH_SAVED_ANALYSES']?.trim() || DEFAULT_SAVED_ANALYSES_DIR),
      timeoutMs: readPositiveInteger(env['ACTORGRAPH_CYPHER_TIMEOUT_MS'], 10_000, 'ACTORGRAPH_CYPHER_TIMEOUT_MS'),
      maxRows: readPositiveInteger(env['ACTORGRAPH_CYPHER_MAX_ROWS'], 1_000, 'ACTORGRAPH_CYPHER_MAX_ROWS'),
    },
  };
}

function readPositiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new Error(`actorgraph: ${name} must be a whole number of at least 1, got "${value}"`);
  }
  return number;
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
