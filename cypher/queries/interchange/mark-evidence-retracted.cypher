// Carries the retraction of imported evidence (a CSV export keeps retracted evidence, marked):
// evidence not yet retracted becomes retracted with the time and reason the file gives. As with
// every other write, a retraction is never undone here.
UNWIND $retractions AS row
MATCH (e:Evidence {id: row.id})
WHERE NOT coalesce(e.retracted, false)
SET e.retracted = true,
    e.retractedAt = CASE WHEN row.retractedAt IS NULL THEN datetime() ELSE datetime(row.retractedAt) END,
    e.retractionReason = row.reason
