import { cypherQuery, type CypherQuery } from '../db/cypher-files.ts';

/**
 * Loads an analysis statement from `cypher/analyses/<name>.cypher` at module load, like
 * `cypherQuery` does for `cypher/queries/` (same fragments, same early failure when a file is
 * missing). An analysis file may also say `/*use pair-sign*\/` to splice in a shared clause
 * from `cypher/analyses/fragments/`, itself loaded the same way.
 */
export function analysisQuery(name: string): CypherQuery {
  const query = cypherQuery(`../analyses/${name}`);
  const text = query.text.replace(USE, (_match, fragment: string) => cypherQuery(`../analyses/fragments/${fragment}`).text);
  return { name: `analyses/${name}`, text };
}

const USE = /\/\*use ([a-z0-9-]+)\*\//g;
