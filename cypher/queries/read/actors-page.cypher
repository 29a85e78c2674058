// One page of actors in name order, optionally of some kinds only.
MATCH (a:Actor)
WHERE $kinds IS NULL OR a.kind IN $kinds
WITH a ORDER BY toLower(a.name), a.id
WITH collect(a) AS matching
RETURN size(matching) AS totalCount,
       [a IN matching[$skip..($skip + $limit)] | {actor: /*include actor-fields(a)*/, score: null}] AS hits
