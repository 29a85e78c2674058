// One page of the actors an export writes, in id order after `$after`, `$limit` at a time:
// every actor when `$endsOnly` is false and `$ids` is null; with `$ids`, only those actors; with
// `$endsOnly`, only actors at an end of a relation that passes the relation filter (a filtered
// graph export draws the actors its relations tie, not every actor in the database).
MATCH (a:Actor)
WHERE ($after IS NULL OR a.id > $after)
  AND ($ids IS NULL OR a.id IN $ids)
  AND (NOT $endsOnly OR EXISTS {
    MATCH (a)-[x:RELATES]-(:Actor)
    WHERE /*include relation-filter(x)*/
  })
WITH a ORDER BY a.id LIMIT $limit
RETURN a {.id, .name, .kind, .country, .aliases, .wikidata, .description} AS actor
ORDER BY actor.id
