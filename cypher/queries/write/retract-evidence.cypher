// Marks a piece of evidence retracted, once: retracting it again keeps the first time and reason.
// Returns the relation it supports, whose standing the caller re-derives (refreshRelations).
MATCH (e:Evidence {id: $id})-[:SUPPORTS]->(r:Relation)
WITH e, r, coalesce(e.retracted, false) AS already
SET e.retractedAt = CASE WHEN already THEN e.retractedAt ELSE datetime() END,
    e.retractionReason = CASE WHEN already THEN e.retractionReason ELSE $reason END,
    e.retracted = true
RETURN r.id AS relationId
