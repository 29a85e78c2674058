// reach (paths): the shortest chains of relations (either direction) that pass the filter at every
// hop between two actors, at most 6 hops ($depth narrows it). Several relations between the same
// two actors give the same chain of actors: results are per chain of actors, and each hop's sign
// is the pair's sign (fragments/pair-sign) with the relations behind it, or all its relations
// when the pair is unsigned.
MATCH path = ALL SHORTEST
  (:Actor {id: $fromId}) ((n:Actor)-[x:RELATES]-(m:Actor) WHERE /*include relation-filter(x)*/){1,6} (:Actor {id: $toId})
WHERE length(path) <= $depth
WITH DISTINCT nodes(path) AS chain
LIMIT $limit
CALL (chain) {
  UNWIND range(0, size(chain) - 2) AS hop
  WITH hop, chain[hop] AS p, chain[hop + 1] AS q
  /*use pair-sign*/
  CALL (p, q) {
    MATCH (p)-[x:RELATES]-(q)
    WHERE /*include relation-filter(x)*/
    RETURN collect(x.id) AS hopRelationIds
  }
  WITH hop, pairSign, CASE WHEN pairSign = 0 THEN hopRelationIds ELSE pairRelationIds END AS ids
  ORDER BY hop
  RETURN collect(pairSign) AS signs, collect(ids) AS relationIds
}
RETURN [actor IN chain | actor.id] AS actors, signs, relationIds
ORDER BY actors
