// Stores each relation's assessment and keeps its actor-to-actor RELATES edge in step, in the same
// transaction: the Relation node carries the provenance, the RELATES edge makes traversal fast.
// The edge also carries what the relation's partial dates allow (server/domain/date-window.ts,
// boundsOf): it began between validFrom and validFromLast and stopped holding between validToFirst
// and validToLast, each date covering its whole period, and an interval ending after it begins.
// They are derived here, where the edge is written, so that the relation filter stays plain date
// comparisons. cypher/schema/020-relates-date-bounds.cypher backfills edges written before.
// The corroboration key (server/domain/corroboration.ts, corroborationKey) follows FROM, TO and type,
// so a later report of the same actors and type finds the relation by an index.
UNWIND $assessments AS row
MATCH (r:Relation {id: row.relationId})-[:FROM]->(a:Actor)
MATCH (r)-[:TO]->(b:Actor)
SET r.status = row.status, r.confidence = row.confidence, r.evidenceCount = row.evidenceCount,
    r.sourceIds = row.sourceIds, r.independentSources = row.independentSources,
    r.corroborationKey = a.id + '|' + b.id + '|' + r.type
WITH r, a, b,
     CASE r.datePrecision
       WHEN 'YEAR' THEN date({year: r.validFrom.year, month: 12, day: 31})
       WHEN 'MONTH' THEN r.validFrom + duration({months: 1}) - duration({days: 1})
       ELSE r.validFrom END AS startLast,
     CASE r.validToPrecision
       WHEN 'YEAR' THEN date({year: r.validTo.year, month: 12, day: 31})
       WHEN 'MONTH' THEN r.validTo + duration({months: 1}) - duration({days: 1})
       ELSE r.validTo END AS endLast
CALL (r, a, b) {
  MATCH (x)-[stale:RELATES {id: r.id}]->(y)
  WHERE x <> a OR y <> b
  DELETE stale
}
MERGE (a)-[edge:RELATES {id: r.id}]->(b)
SET edge.type = r.type, edge.polarity = r.polarity, edge.sign = r.sign, edge.intensity = r.intensity,
    edge.status = r.status, edge.confidence = r.confidence, edge.evidenceCount = r.evidenceCount,
    edge.validFrom = r.validFrom, edge.validTo = r.validTo, edge.isEvent = r.isEvent,
    edge.datePrecision = r.datePrecision, edge.validToPrecision = r.validToPrecision,
    edge.validFromLast = CASE WHEN endLast - duration({days: 1}) < startLast
                              THEN endLast - duration({days: 1}) ELSE startLast END,
    edge.validToFirst = CASE WHEN r.validFrom + duration({days: 1}) > r.validTo
                             THEN r.validFrom + duration({days: 1}) ELSE r.validTo END,
    edge.validToLast = endLast,
    edge.sourceIds = r.sourceIds, edge.independentSources = r.independentSources
