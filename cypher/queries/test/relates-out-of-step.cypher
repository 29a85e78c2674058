// Relation nodes whose RELATES edge is missing, doubled, between other actors or out of date.
MATCH (r:Relation)-[:FROM]->(a), (r)-[:TO]->(b)
OPTIONAL MATCH (x)-[edge:RELATES {id: r.id}]->(y)
WITH r, a, b, collect({x: x, y: y, edge: edge}) AS edges
WHERE size(edges) <> 1
   OR edges[0].edge IS NULL
   OR edges[0].x <> a OR edges[0].y <> b
   OR edges[0].edge.type <> r.type OR edges[0].edge.status <> r.status
   OR edges[0].edge.confidence <> r.confidence OR edges[0].edge.polarity <> r.polarity
RETURN r.id AS relationId
