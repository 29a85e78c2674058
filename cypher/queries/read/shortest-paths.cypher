// All shortest chains of relations (either direction) that pass the filter at every hop,
// between two actors. The pattern allows 6 hops, the most the API accepts; $maxDepth narrows it.
// No hop uses a type in $avoidTypes, and no actor in $avoidActorIds is passed through.
MATCH path = ALL SHORTEST
  (:Actor {id: $fromId}) ((a:Actor)-[x:RELATES]-(b:Actor)
    WHERE /*include relation-filter(x)*/
      AND NOT x.type IN $avoidTypes AND NOT a.id IN $avoidActorIds AND NOT b.id IN $avoidActorIds){1,6}
  (:Actor {id: $toId})
WHERE length(path) <= $maxDepth
RETURN [node IN nodes(path) | node.id] AS actorIds,
       [edge IN relationships(path) | edge.id] AS relationIds
LIMIT $limit
