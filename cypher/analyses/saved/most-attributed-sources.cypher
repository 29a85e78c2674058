// title: Most attributed sources
// question: Which sources do the most claims rest on, counting the ones quoted and the ones relayed?
// param: limit Integer = 10 -- at most this many sources
// A source counts for a claim when live evidence for it was found in the source or relays it.
MATCH (source:Source)<-[:FOUND_IN|RELAYS]-(evidence:Evidence)-[:SUPPORTS]->(claim:Relation)
WHERE NOT coalesce(evidence.retracted, false)
WITH source, count(DISTINCT claim) AS claims, count(DISTINCT evidence) AS pieces,
  count(DISTINCT CASE WHEN evidence.anonymous THEN evidence END) AS anonymous
RETURN
  source.id AS source,
  source.publisher AS publisher,
  source.kind AS kind,
  claims,
  pieces AS evidence,
  anonymous
ORDER BY claims DESC, source
LIMIT $limit
