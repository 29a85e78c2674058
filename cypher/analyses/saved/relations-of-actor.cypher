// title: Relations of an actor
// question: Which relations does an actor take part in, either way, and how sure is each?
// param: actor String -- the actor's id (e.g. pakistan)
// param: minConfidence Float = 0 -- only relations at least this sure (0..1)
// Traverses the RELATES mirror, which carries each claim's type, sign, standing and dates.
MATCH (actor:Actor {id: $actor})-[x:RELATES]-(other:Actor)
WHERE x.confidence >= $minConfidence AND x.status <> 'RETRACTED'
RETURN
  x.id AS relation,
  x.type AS type,
  x.polarity AS polarity,
  CASE WHEN startNode(x) = actor THEN 'to' ELSE 'from' END AS direction,
  other.id AS other,
  other.name AS otherName,
  x.status AS status,
  x.confidence AS confidence,
  x.validFrom AS validFrom,
  x.datePrecision AS precision
ORDER BY x.validFrom, x.id
