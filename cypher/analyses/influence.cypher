// influence: who takes part in the most relations, split by direction and polarity.
// Degree counts relations (RELATES edges) that pass the filter, either side; PageRank and
// betweenness are computed from influence/edges (GDS or the built-in engine).
MATCH (a:Actor)-[x:RELATES]-(other:Actor)
WHERE a <> other AND /*include relation-filter(x)*/
WITH a, x, startNode(x) = a AS outgoing
RETURN a.id AS id,
       count(x) AS degree,
       count(CASE WHEN NOT outgoing THEN 1 END) AS inDegree,
       count(CASE WHEN outgoing THEN 1 END) AS outDegree,
       count(CASE WHEN x.sign > 0 THEN 1 END) AS cooperative,
       count(CASE WHEN x.sign < 0 THEN 1 END) AS hostile,
       count(CASE WHEN x.sign = 0 THEN 1 END) AS neutral
ORDER BY id
