// The relations that pass the filter between any two of the given actors. Starting from each
// actor by its id (an index seek) keeps the cost to the actors' own edges, not the whole graph.
UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})-[x:RELATES]->(b:Actor)
WHERE b.id IN $actorIds
  AND /*include relation-filter(x)*/
MATCH (r:Relation {id: x.id})
RETURN /*include relation-fields(r)*/ AS relation
ORDER BY x.validFrom IS NULL, x.validFrom, x.id
