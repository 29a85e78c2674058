// Drops a projected graph; nothing happens when it is already gone.
CALL gds.graph.drop($graphName, false)
YIELD graphName
RETURN graphName
