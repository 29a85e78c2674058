// For each actor, one page of its relations (either side) that pass the filter, in the order and
// with the keys of relations-page: the `limit` relations after the key `$after`.
UNWIND $actorIds AS actorId
CALL (actorId) {
  OPTIONAL MATCH (:Actor {id: actorId})-[x:RELATES]-(:Actor)
  WHERE /*include relation-filter(x)*/
  RETURN count(x) AS totalCount
}
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[x:RELATES]-(:Actor)
  WHERE /*include relation-filter(x)*/
  WITH x, [x.validFrom IS NULL, coalesce(toString(x.validFrom), ''), x.id] AS key
  WHERE $after IS NULL OR key > $after
  WITH x, key ORDER BY key[0], key[1], key[2] LIMIT $limit
  MATCH (r:Relation {id: x.id})
  RETURN collect({item: /*include relation-fields(r)*/, key: key}) AS page
}
RETURN actorId, totalCount, page
