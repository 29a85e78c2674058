// Partial dates cover their whole period: RELATES edges carry the bounds of their relation's
// dates (validFromLast, validToFirst, validToLast) and precisions, which the relation filter reads.
// Edges written before these existed get them here, computed exactly as
// cypher/queries/ingest/sync-relates-edges.cypher computes them for every later write.
MATCH (r:Relation)
MATCH ()-[edge:RELATES {id: r.id}]->()
WITH r, edge,
     CASE r.datePrecision
       WHEN 'YEAR' THEN date({year: r.validFrom.year, month: 12, day: 31})
       WHEN 'MONTH' THEN r.validFrom + duration({months: 1}) - duration({days: 1})
       ELSE r.validFrom END AS startLast,
     CASE r.validToPrecision
       WHEN 'YEAR' THEN date({year: r.validTo.year, month: 12, day: 31})
       WHEN 'MONTH' THEN r.validTo + duration({months: 1}) - duration({days: 1})
       ELSE r.validTo END AS endLast
SET edge.datePrecision = r.datePrecision, edge.validToPrecision = r.validToPrecision,
    edge.validFromLast = CASE WHEN endLast - duration({days: 1}) < startLast
                              THEN endLast - duration({days: 1}) ELSE startLast END,
    edge.validToFirst = CASE WHEN r.validFrom + duration({days: 1}) > r.validTo
                             THEN r.validFrom + duration({days: 1}) ELSE r.validTo END,
    edge.validToLast = endLast;
