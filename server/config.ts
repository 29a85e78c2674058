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
  /** The Cypher console and saved analyses (`npm run cypher`, `cypher`, `runSavedAnalysis`). */
  readonly cypher: CypherSettings;
}

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
