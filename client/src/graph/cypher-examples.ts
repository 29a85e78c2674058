// Worked examples for the Cypher panel: questions an analyst asks of the graph, each with a
// query written against the model in docs/data-model.md (Actor nodes, Relation claim nodes with
// their Evidence, and the RELATES mirror between two actors for traversal). Loading one puts its
// query and parameters in the editor; nothing here depends on what the graph holds.

export interface CypherExample {
  /** Stable key, for the select and for tests. */
  key: string;
  question: string;
  query: string;
  /**
   * Parameters to start from. Actor ids come from the view (the path's ends, else the focused
   * actor), so the example runs on whatever graph is loaded.
   */
  params(view: ExampleContext): Record<string, unknown>;
}

export interface ExampleContext {
  focus: string | null;
  path: { from: string; to: string } | null;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    key: 'most-related',
    question: 'Which actors take part in the most relations?',
    query: `// Degree over the RELATES mirror: one edge per relation, either direction.
MATCH (a:Actor)-[x:RELATES]-(:Actor)
WHERE x.status <> 'RETRACTED'
RETURN a, count(x) AS relations
ORDER BY relations DESC, a.name
LIMIT 10`,
    params: () => ({}),
  },
  {
    key: 'hostile-since',
    question: 'Which hostile relations began on or after a date?',
    query: `// validFrom is the first day the relation may have begun (a date known to its precision).
MATCH (a:Actor)-[x:RELATES]->(b:Actor)
WHERE x.polarity = 'HOSTILE' AND x.validFrom >= date($since)
RETURN a, x.type AS type, b, x.validFrom AS since, x.datePrecision AS precision, x.confidence AS confidence
ORDER BY since`,
    params: () => ({ since: '2019-01-01' }),
  },
  {
    key: 'anonymous-only',
    question: 'Which claims rest only on anonymous sources?',
    query: `// Live evidence that supports the claim (not retracted, not denying it), all of it anonymous.
MATCH (r:Relation)<-[:SUPPORTS]-(e:Evidence)
WHERE NOT coalesce(e.retracted, false) AND e.stance <> 'DENIES'
WITH r, collect(e) AS evidence
WHERE all(e IN evidence WHERE coalesce(e.anonymous, false))
MATCH (a:Actor)-[x:RELATES {id: r.id}]->(b:Actor)
RETURN a, r.type AS claim, b, size(evidence) AS pieces, [e IN evidence | e.attribution] AS attributions`,
    params: () => ({}),
  },
  {
    key: 'paths-between',
    question: 'How are two actors connected (shortest paths of up to four hops)?',
    query: `// Set "from" and "to" to actor ids (the view's path or the focused actor fills them in).
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:RELATES*..4]-(b))
RETURN [n IN nodes(p) | n] AS actors, [x IN relationships(p) | x] AS hops
LIMIT 10`,
    params: (view) => ({ from: view.path?.from ?? view.focus ?? '', to: view.path?.to ?? '' }),
  },
  {
    key: 'sources-by-publisher',
    question: 'Which publishers are cited most as the source of evidence?',
    query: `MATCH (e:Evidence)-[:FOUND_IN]->(s:Source)
RETURN s.publisher AS publisher, count(DISTINCT s) AS sources, count(e) AS pieces
ORDER BY pieces DESC
LIMIT 10`,
    params: () => ({}),
  },
];

export function findExample(key: string): CypherExample | undefined {
  return CYPHER_EXAMPLES.find((example) => example.key === key);
}
