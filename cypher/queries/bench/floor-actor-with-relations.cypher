// Bench floor of `actor(id) { ... relations(first:) { totalCount edges { node { ... from to } } } }`:
// the actor, its relation count and its first page of relations (either side, oldest first) with
// both ends' names, in one query.
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[x:RELATES]-()
  RETURN count(x) AS totalCount
}
CALL (a) {
  MATCH (a)-[x:RELATES]-()
  WITH x ORDER BY x.validFrom IS NULL, x.validFrom, x.id LIMIT $limit
  MATCH (r:Relation {id: x.id})-[:FROM]->(f:Actor)
  MATCH (r)-[:TO]->(t:Actor)
  RETURN collect({id: r.id, type: r.type, polarity: r.polarity, confidence: r.confidence, validFrom: r.validFrom,
                  from: {id: f.id, name: f.name}, to: {id: t.id, name: t.name}}) AS relations
}
RETURN a {.id, .name, .kind, .aliases, degree: COUNT { (a)-[:RELATES]-() }} AS actor, totalCount, relations
