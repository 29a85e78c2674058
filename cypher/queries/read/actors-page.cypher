// One page of actors in name order, optionally of some kinds only: the `limit` actors after the
// key `$after` (null: from the start). The key is the order itself, [lower-cased name, id]
// (server/graphql/pagination.ts), so a cursor keeps its place when actors are added or removed.
CALL () {
  MATCH (a:Actor)
  WHERE $kinds IS NULL OR a.kind IN $kinds
  RETURN count(a) AS totalCount
}
CALL () {
  MATCH (a:Actor)
  WHERE $kinds IS NULL OR a.kind IN $kinds
  WITH a, [toLower(a.name), a.id] AS key
  WHERE $after IS NULL OR key > $after
  WITH a, key ORDER BY key[0], key[1] LIMIT $limit
  RETURN collect({item: {actor: /*include actor-fields(a)*/, score: null}, key: key}) AS page
}
RETURN totalCount, page
