// One page of actors whose name or alias matches a full-text query, best match first.
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score ORDER BY score DESC, toLower(node.name), node.id
WITH collect({node: node, score: score}) AS matching
CALL (matching) {
  UNWIND matching[$skip..($skip + $limit)] AS hit
  WITH hit.node AS a, hit.score AS score
  RETURN collect({actor: /*include actor-fields(a)*/, score: score}) AS hits
}
RETURN size(matching) AS totalCount, hits
