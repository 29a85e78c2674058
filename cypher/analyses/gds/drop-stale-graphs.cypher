// Drops graphs an analysis projected more than $minutes minutes ago and failed to drop (a
// projection still running when its transaction was stopped can register after the drop).
CALL gds.graph.list()
YIELD graphName, creationTime
WHERE graphName STARTS WITH $prefix AND creationTime < datetime() - duration({minutes: $minutes})
CALL gds.graph.drop(graphName, false)
YIELD graphName AS dropped
RETURN dropped
