// One page of actors whose name or alias matches a full-text query, best match first: an actor
// whose whole name or one alias equals the search text (both folded alike, see folded-name) comes
// before one that only contains its words, then the higher score, then name and id.
// The key is [exact, score, lower-cased name, id]; its first two parts run from high to low, so
// "after the cursor" swaps them across the comparison: L > R holds exactly when the first part
// that differs says the item comes later.
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node AS a, score,
     /*include folded-name(node.name)*/ = $exact
       OR any(alias IN coalesce(node.aliases, []) WHERE /*include folded-name(alias)*/ = $exact) AS exact
WITH collect({a: a, key: [exact, score, toLower(a.name), a.id]}) AS matching
CALL (matching) {
  UNWIND matching AS hit
  WITH hit.a AS a, hit.key AS key
  WHERE $after IS NULL OR [$after[0], $after[1], key[2], key[3]] > [key[0], key[1], $after[2], $after[3]]
  WITH a, key ORDER BY key[0] DESC, key[1] DESC, key[2], key[3] LIMIT $limit
  RETURN collect({item: {actor: /*include actor-fields(a)*/, score: key[1]}, key: key}) AS page
}
RETURN size(matching) AS totalCount, page
