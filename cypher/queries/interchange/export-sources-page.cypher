// One page of the sources an export writes, in id order after `$after`, `$limit` at a time: all
// of them when `$ids` is null, else those listed and every source they cite, however indirectly
// (so a report's chain of relayed sources travels with it).
CALL () {
  WITH $ids AS ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (:Source {id: id})-[:CITES*0..]->(cited:Source)
  RETURN collect(DISTINCT cited.id) AS wanted
}
MATCH (s:Source)
WHERE ($after IS NULL OR s.id > $after)
  AND ($ids IS NULL OR s.id IN wanted)
WITH s ORDER BY s.id LIMIT $limit
RETURN s {.*, cites: [(s)-[:CITES]->(cited:Source) | cited.id]} AS source
ORDER BY source.id
