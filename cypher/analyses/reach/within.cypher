// reach (neighbourhood): every actor within $depth hops of an actor, over relations (either
// direction) that pass the filter at every hop, with its distance in hops (at most 6).
MATCH path = SHORTEST 1
  (start:Actor {id: $actorId}) ((n:Actor)-[x:RELATES]-(m:Actor) WHERE /*include relation-filter(x)*/){1,6} (other:Actor)
WHERE other <> start AND length(path) <= $depth
RETURN other.id AS id, length(path) AS distance
ORDER BY distance, id
LIMIT $limit
