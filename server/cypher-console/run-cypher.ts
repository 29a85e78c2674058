import type { CypherSettings } from '../config.ts';
import type { Database, Params } from '../db/database.ts';
import { DatabaseError } from '../db/errors.ts';
import type { UntrustedResult } from '../db/untrusted-query.ts';
import { CypherError } from './cypher-error.ts';
import { approveReadOnlyPlan } from './read-only-policy.ts';

/**
 * The one runner of Cypher typed by a person: the command line (`npm run cypher`), the API's
 * `cypher` and `runSavedAnalysis`, saved analyses on `npm run analyze` and the check before
 * `saveAnalysis` all come through here. Read-only three ways: the EXPLAIN plan must be a read
 * (with allowed procedures only, no LOAD CSV), the query runs in a read transaction, on a
 * session opened for reading. A time limit and a row limit from configuration bound it.
 */
export type CypherResult = UntrustedResult;

export type CypherLimits = Pick<CypherSettings, 'timeoutMs' | 'maxRows'>;

export async function runCypher(
  db: Database,
  text: string,
  params: Params,
  limits: CypherLimits,
): Promise<CypherResult> {
  const query = checkQueryText(text);
  return asCypherErrors(() => db.readUntrusted(query, params, { ...limits, approve: approveReadOnlyPlan }));
}

/** Plans the query and judges it as `runCypher` would, without running it (before saving it). */
export async function checkCypher(db: Database, text: string, params: Params, limits: CypherLimits): Promise<void> {
  const query = checkQueryText(text);
  await asCypherErrors(() =>
    db.readUntrusted(query, params, { ...limits, approve: approveReadOnlyPlan, explainOnly: true }),
  );
}

/** EXPLAIN and PROFILE are the console's own business: it explains every query, and profiles none. */
function checkQueryText(text: string): string {
  const query = text.trim();
  if (withoutComments(query) === '') throw new CypherError('BAD_USER_INPUT', 'The query is empty.', { param: 'query' });
  const first = /^\s*(\w+)/.exec(withoutComments(query))?.[1]?.toUpperCase();
  if (first === 'EXPLAIN' || first === 'PROFILE') {
    throw new CypherError('BAD_USER_INPUT', `Write the query without ${first}: the console plans every query itself.`, {
      param: 'query',
    });
  }
  return query;
}

function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** Neo4j's refusals become the console's codes, with Neo4j's own message and position. */
async function asCypherErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    const neo4jMessage = error.statement?.message ?? error.message;
    switch (error.code) {
      case 'STATEMENT_REFUSED':
        throw new CypherError('CYPHER_SYNTAX_ERROR', neo4jMessage, { position: error.statement?.position ?? null });
      case 'STATEMENT_FAILED':
        throw new CypherError('BAD_USER_INPUT', neo4jMessage, { position: error.statement?.position ?? null });
      case 'WRITE_REFUSED':
        throw new CypherError('CYPHER_NOT_READ_ONLY', `The database refused to write: ${neo4jMessage}`);
      case 'QUERY_TIMEOUT':
        throw new CypherError(
          'QUERY_TIMEOUT',
          'The query reached its time limit (ACTORGRAPH_CYPHER_TIMEOUT_MS) and was stopped; narrow it and try again.',
        );
      default:
        throw error;
    }
  }
}
