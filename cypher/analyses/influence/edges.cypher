// The directed actor graph PageRank and betweenness run on: one edge a -> b when at least one
// relation from a to b passes the filter (several relations count once; self-relations drop).
MATCH (a:Actor)-[x:RELATES]->(b:Actor)
WHERE a <> b AND /*include relation-filter(x)*/
RETURN DISTINCT a.id AS a, b.id AS b
ORDER BY a, b
