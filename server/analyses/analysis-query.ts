import { cypherQuery, type CypherQuery } from '../db/cypher-files.ts';

/**
 * Loads an analysis statement from `cypher/analyses/<name>.cypher` at module load, like
 * `cypherQuery` does for `cypher/queries/` (same fragments, same early failure when a file is
 * missing). An analysis file may also say `/*use pair-sign*\/` to splice in a shared clause
 * from `cypher/analyses/fragments/`, itself loaded the same way.
 */
export function analysisQuery(name: string): CypherQuery {
  return { name: `analyses/${name}`, text: useFragments(cypherQuery(`../analyses/${name}`).text, 0) };
}

/** Splices in fragments, which may themselves use fragments (a few levels at most). */
function useFragments(text: string, depth: number): string {
  if (depth > 4) throw new Error(`actorgraph: analysis fragments nest too deep (a fragment using itself?)`);
  return text.replace(USE, (_match, fragment: string) =>
    useFragments(cypherQuery(`../analyses/fragments/${fragment}`).text, depth + 1),
  );
}

const USE = /\/\*use ([a-z0-9-]+)\*\//g;
