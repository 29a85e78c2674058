// All shortest chains of relations (either direction) that pass the filter at every hop,
// between two actors. The pattern allows 6 hops, the most the API accepts; $maxDepth narrows it.
MATCH path = ALL SHORTEST
  (:Actor {id: $fromId}) ((a:Actor)-[x:RELATES]-(b:Actor) WHERE /*include relation-filter(x)*/){1,6} (:Actor {id: $toId})
WHERE length(path) <= $maxDepth
RETURN [node IN nodes(path) | node.id] AS actorIds,
       [edge IN relationships(path) | edge.id] AS relationIds
LIMIT $limit
