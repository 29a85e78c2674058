// One page of relations that pass the filter, oldest first (undated last).
MATCH (:Actor)-[x:RELATES]->(:Actor)
WHERE /*include relation-filter(x)*/
WITH x ORDER BY x.validFrom IS NULL, x.validFrom, x.id
WITH collect(x.id) AS matching
CALL (matching) {
  UNWIND matching[$skip..($skip + $limit)] AS id
  MATCH (r:Relation {id: id})
  RETURN collect(/*include relation-fields(r)*/) AS page
}
RETURN size(matching) AS totalCount, page
