import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every fixed Cypher statement of actorgraph lives in a `.cypher` file under `cypher/`.
 * `cypherQuery('read/actors-by-id')` reads `cypher/queries/read/actors-by-id.cypher` when the
 * module that needs it is loaded, so a missing or empty file stops the server at start-up,
 * not on the first request that needs it.
 */
export const CYPHER_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

export function cypherQuery(name: string): CypherQuery {
  const path = join(CYPHER_ROOT, 'queries', `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`actorgraph: no Cypher file for query "${name}": expected ${relative(process.cwd(), path)}`);
  }
  if (stripComments(text).trim() === '') {
    throw new Error(`actorgraph: Cypher file for query "${name}" is empty: ${relative(process.cwd(), path)}`);
  }
  return { name, text: expandFragments(text, name) };
}

/**
 * A predicate or projection used by many queries lives once, in `cypher/fragments/`, and is
 * included where needed as `/*include relation-filter(x)*\/`: the fragment's placeholder
 * (`__rel__`, `__actor__`) becomes the variable named in the call. This is static composition
 * of files we own; values still travel only as parameters.
 */
const INCLUDE = /\/\*include ([a-z0-9-]+)\(([A-Za-z_][A-Za-z0-9_.]*)\)\*\//g;

function expandFragments(text: string, queryName: string): string {
  return text.replace(INCLUDE, (_match, fragment: string, variable: string) => {
    const path = join(CYPHER_ROOT, 'fragments', `${fragment}.cypher`);
    let body: string;
    try {
      body = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`actorgraph: query "${queryName}" includes missing fragment ${relative(process.cwd(), path)}`);
    }
    return `(${stripComments(body)
      .trim()
      .replace(/__[a-z]+__/g, variable)})`;
  });
}

/** A numbered schema migration such as `cypher/schema/001-constraints.cypher`. */
export interface Migration {
  readonly id: string;
  readonly statements: readonly string[];
  readonly checksum: string;
}

export function listMigrations(folder = join(CYPHER_ROOT, 'schema')): Migration[] {
  return readdirSync(folder)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      return { id: file.replace(/\.cypher$/, ''), statements: splitStatements(text), checksum: checksumOf(text) };
    });
}

/** Splits a file of schema statements on semicolons that end a line; comments are dropped. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** A short, stable FNV-1a checksum: enough to notice that an applied migration was edited. */
function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
