import type { QueryPlan } from '../db/untrusted-query.ts';
import { CypherError } from './cypher-error.ts';

/**
 * What Cypher typed by a person may do, judged from Neo4j's own EXPLAIN plan before the query
 * runs (the read transaction and the read session are the second and third guards). The plan,
 * not the text, is the authority: it sees a write hidden in a subquery or a FOREACH, and a
 * procedure however it is spelled.
 */

/**
 * Procedures that only read: full-text search, the schema's names, and Graph Data Science
 * algorithms that stream or summarise a graph already projected (projecting one changes the
 * server's memory, writing one changes the graph, so neither is here). Everything else is refused.
 */
export const ALLOWED_PROCEDURES: readonly RegExp[] = [
  /^db\.index\.fulltext\.query(?:Nodes|Relationships)$/,
  /^db\.(?:labels|relationshipTypes|propertyKeys)$/,
  /^db\.schema\.(?:visualization|nodeTypeProperties|relTypeProperties)$/,
  /^gds\.(?:[A-Za-z0-9_]+\.)+(?:stream|stats)$/,
  /^gds\.graph\.list$/,
  /^gds\.version$/,
];

/**
 * Operators Neo4j counts as reads that reach outside the graph: files and URLs, other people's
 * transactions and queries, the server's configuration.
 */
const REFUSED_OPERATORS: Readonly<Record<string, string>> = {
  LoadCSV: 'LOAD CSV reads files and URLs on the database server',
  TerminateTransactions: 'TERMINATE TRANSACTIONS stops the work of others',
  ShowTransactions: 'SHOW TRANSACTIONS shows the queries of others',
  ShowSettings: "SHOW SETTINGS shows the server's configuration",
};

export function approveReadOnlyPlan(plan: QueryPlan): void {
  if (plan.queryType !== 'r') {
    throw notReadOnly(`Neo4j classes this query as ${describeQueryType(plan.queryType)}`);
  }
  for (const operator of plan.operators) {
    const refused = REFUSED_OPERATORS[operator.type];
    if (refused) throw notReadOnly(refused);
    if (operator.type === 'ProcedureCall') {
      const name = /^\s*([A-Za-z_][\w.]*)/.exec(operator.details)?.[1] ?? operator.details;
      if (!isAllowedProcedure(name)) {
        throw notReadOnly(`the procedure ${name} is not on the allowlist of read-only procedures`);
      }
    }
  }
}

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.some((pattern) => pattern.test(name));
}

function describeQueryType(queryType: string): string {
  const kinds: Record<string, string> = { rw: 'reading and writing', w: 'writing', s: 'changing the schema' };
  return `${kinds[queryType] ?? `"${queryType}"`}`;
}

function notReadOnly(reason: string): CypherError {
  return new CypherError(
    'CYPHER_NOT_READ_ONLY',
    `This console runs read-only queries only, and nothing was run: ${reason}. Allowed procedures: full-text search (db.index.fulltext.queryNodes), db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, gds.*.stream and gds.*.stats.`,
  );
}
