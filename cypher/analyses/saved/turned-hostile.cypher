// title: Turned hostile
// question: Which actors turned hostile to an actor after a date, having cooperated with it before, on enough independent sources?
// param: actor String -- the actor they turned against (e.g. iran)
// param: after Date = "2019" -- hostile relations that began on or after this date (its first day)
// param: minSources Integer = 2 -- at least this many independent sources behind the hostile relations
// A source is independent when it is the one a piece of evidence relays (the original report),
// else the one the quote was found in: two articles relaying one wire report count once.
MATCH (turned:Actor)<-[:FROM|TO]-(hostile:Relation {polarity: 'HOSTILE'})-[:FROM|TO]->(target:Actor {id: $actor})
WHERE turned <> target AND hostile.status <> 'RETRACTED' AND hostile.validFrom >= date($after)
MATCH (turned)<-[:FROM|TO]-(cooperative:Relation {polarity: 'COOPERATIVE'})-[:FROM|TO]->(target)
WHERE cooperative.status <> 'RETRACTED'
  AND (cooperative.validFrom IS NULL OR cooperative.validFrom < hostile.validFrom)
WITH turned, target, collect(DISTINCT hostile) AS hostiles, collect(DISTINCT cooperative.id) AS before
CALL (hostiles) {
  UNWIND hostiles AS hostile
  MATCH (evidence:Evidence)-[:SUPPORTS]->(hostile)
  WHERE NOT coalesce(evidence.retracted, false) AND evidence.stance <> 'DENIES'
  OPTIONAL MATCH (evidence)-[:RELAYS]->(relayed:Source)
  OPTIONAL MATCH (evidence)-[:FOUND_IN]->(found:Source)
  RETURN collect(DISTINCT coalesce(relayed, found).id) AS sources
}
WITH turned, target, hostiles, before, sources
WHERE size(sources) >= $minSources
RETURN
  turned.id AS actor,
  turned.name AS name,
  [hostile IN hostiles | hostile.id] AS hostileRelations,
  before AS cooperativeBefore,
  sources,
  size(sources) AS sourceCount
ORDER BY sourceCount DESC, actor
