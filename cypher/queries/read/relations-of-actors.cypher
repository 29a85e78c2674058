// For each actor, one page of its relations (either side) that pass the filter.
UNWIND $actorIds AS actorId
CALL (actorId) {
  OPTIONAL MATCH (:Actor {id: actorId})-[x:RELATES]-(:Actor)
  WHERE /*include relation-filter(x)*/
  WITH x ORDER BY x.validFrom IS NULL, x.validFrom, x.id
  RETURN [item IN collect(x.id) WHERE item IS NOT NULL] AS matching
}
CALL (matching) {
  UNWIND matching[$skip..($skip + $limit)] AS id
  MATCH (r:Relation {id: id})
  RETURN collect(/*include relation-fields(r)*/) AS page
}
RETURN actorId, size(matching) AS totalCount, page
