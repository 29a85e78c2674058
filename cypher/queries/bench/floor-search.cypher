// Bench floor of `actors(search:)`: the same full-text hits, counted, best first, one page of
// them with the fields the bench asks for, in one query.
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node, score
WITH node, score ORDER BY score DESC, toLower(node.name), node.id
WITH collect({id: node.id, name: node.name, kind: node.kind, aliases: node.aliases, score: score}) AS hits
RETURN size(hits) AS totalCount, hits[0..$limit] AS page
