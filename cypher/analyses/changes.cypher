// changes: what changed between $from and $to (inclusive dates), on two clocks.
// World time, from the relation's dates: STARTED (an event happened or a state of affairs began,
// in the window) and ENDED (a state of affairs stopped holding, in the window). A partial date
// covers its whole period (server/domain/date-window.ts), so a start or end is in the window when
// the days it may fall on (validFrom..validFromLast, validToFirst..validToLast on the edge)
// overlap it; its date is reported with its precision.
// Record time, from when the graph learnt it: ADDED (the relation was first recorded in the
// window), RETRACTED (it is retracted and its last evidence was retracted in the window), and
// CHANGED (a relation recorded before the window gained evidence, or lost some without being
// retracted, in the window). Types and minConfidence narrow the relations as usual; retracted
// relations are always examined, since their retraction is a change.
MATCH (:Actor)-[x:RELATES]->(:Actor)
WHERE ($types IS NULL OR x.type IN $types)
  AND ($minConfidence IS NULL OR x.confidence >= $minConfidence OR x.status = 'RETRACTED')
MATCH (r:Relation {id: x.id})
WITH x, r, date($from) AS first, date($to) AS last
CALL (r, first, last) {
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(r)
  WITH e, first, last, CASE WHEN e.createdAt IS NULL THEN null ELSE date(e.createdAt) END AS created,
       CASE WHEN e.retractedAt IS NULL THEN null ELSE date(e.retractedAt) END AS retracted
  RETURN [item IN collect(CASE WHEN created >= first AND created <= last THEN e.id END) WHERE item IS NOT NULL] AS addedEvidence,
         [item IN collect(CASE WHEN retracted >= first AND retracted <= last THEN e.id END) WHERE item IS NOT NULL] AS retractedEvidence,
         max(created) AS lastAdded, max(retracted) AS lastRetracted
}
WITH x, r, first, last, addedEvidence, retractedEvidence, lastAdded, lastRetracted,
     CASE WHEN r.createdAt IS NULL THEN null ELSE date(r.createdAt) END AS recorded
UNWIND [
  CASE WHEN x.validFromLast >= first AND x.validFrom <= last
       THEN {kind: 'STARTED', date: x.validFrom, precision: coalesce(x.datePrecision, 'DAY'), evidenceIds: []} END,
  CASE WHEN NOT x.isEvent AND x.validToLast >= first AND x.validToFirst <= last
       THEN {kind: 'ENDED', date: x.validTo, precision: coalesce(x.validToPrecision, 'DAY'), evidenceIds: []} END,
  CASE WHEN recorded >= first AND recorded <= last
       THEN {kind: 'ADDED', date: recorded, precision: 'DAY', evidenceIds: addedEvidence} END,
  CASE WHEN x.status = 'RETRACTED' AND lastRetracted >= first AND lastRetracted <= last
       THEN {kind: 'RETRACTED', date: lastRetracted, precision: 'DAY', evidenceIds: retractedEvidence} END,
  CASE WHEN recorded < first AND (size(addedEvidence) > 0 OR (size(retractedEvidence) > 0 AND x.status <> 'RETRACTED'))
       THEN {kind: 'CHANGED', precision: 'DAY',
             date: CASE WHEN size(retractedEvidence) = 0 OR (size(addedEvidence) > 0 AND lastAdded > lastRetracted)
                        THEN lastAdded ELSE lastRetracted END,
             evidenceIds: addedEvidence + retractedEvidence} END
] AS change
WITH x, change
WHERE change IS NOT NULL
RETURN x.id AS relationId, change.kind AS kind, change.date AS date, change.precision AS datePrecision,
       x.type AS type, x.polarity AS polarity,
       startNode(x).id AS fromId, endNode(x).id AS toId, change.evidenceIds AS evidenceIds
ORDER BY date, relationId, kind
LIMIT $limit
