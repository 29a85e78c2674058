// Bench floor of `relations(filter: {asOf}, first:)`: the count of relations that certainly held
// on a day and the first page of them, oldest first, with both ends' names, in one query.
CALL () {
  MATCH (:Actor)-[x:RELATES]->(:Actor)
  WHERE x.status <> 'RETRACTED'
    AND (x.validFromLast IS NULL OR x.validFromLast <= date($asOf))
    AND (x.validToFirst IS NULL OR x.validToFirst > date($asOf))
  RETURN count(x) AS totalCount
}
CALL () {
  MATCH (a:Actor)-[x:RELATES]->(b:Actor)
  WHERE x.status <> 'RETRACTED'
    AND (x.validFromLast IS NULL OR x.validFromLast <= date($asOf))
    AND (x.validToFirst IS NULL OR x.validToFirst > date($asOf))
  WITH a, x, b ORDER BY x.validFrom IS NULL, x.validFrom, x.id LIMIT $limit
  RETURN collect(x {.id, .type, .polarity, .confidence, .validFrom, from: a {.id, .name}, to: b {.id, .name}}) AS page
}
RETURN totalCount, page
