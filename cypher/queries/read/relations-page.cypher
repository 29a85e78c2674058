// One page of relations that pass the filter, oldest first (undated last): the `limit` relations
// after the key `$after` (null: from the start). The key is the order itself,
// [undated, start date as YYYY-MM-DD, id] (server/graphql/pagination.ts), so a cursor keeps its
// place when relations are added or retracted before it.
CALL () {
  MATCH (:Actor)-[x:RELATES]->(:Actor)
  WHERE /*include relation-filter(x)*/
  RETURN count(x) AS totalCount
}
CALL () {
  MATCH (:Actor)-[x:RELATES]->(:Actor)
  WHERE /*include relation-filter(x)*/
  WITH x, [x.validFrom IS NULL, coalesce(toString(x.validFrom), ''), x.id] AS key
  WHERE $after IS NULL OR key > $after
  WITH x, key ORDER BY key[0], key[1], key[2] LIMIT $limit
  MATCH (r:Relation {id: x.id})
  RETURN collect({item: /*include relation-fields(r)*/, key: key}) AS page
}
RETURN totalCount, page
