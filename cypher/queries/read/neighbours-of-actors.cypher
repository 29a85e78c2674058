// One step of a breadth-first expansion: the actors linked to the frontier by a relation that
// passes the filter, either direction, and not yet visited.
UNWIND $frontier AS actorId
MATCH (:Actor {id: actorId})-[x:RELATES]-(other:Actor)
WHERE /*include relation-filter(x)*/
  AND NOT other.id IN $visited
RETURN DISTINCT other.id AS id
LIMIT $limit
