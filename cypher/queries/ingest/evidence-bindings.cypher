// What each existing evidence id is bound to (its relation, its source, its quote) and whether it
// was retracted, so a file or mutation that reuses the id for anything else is refused.
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e.id AS id, e.quote AS quote,
       [(e)-[:SUPPORTS]->(r:Relation) | r.id] AS relationIds,
       [(e)-[:FOUND_IN]->(s:Source) | s.id] AS sourceIds,
       coalesce(e.retracted, false) AS retracted, e.retractedAt AS retractedAt,
       e.retractionReason AS retractionReason
