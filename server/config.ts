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
}

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
  };
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
