// The graphs analyses have projected and not yet dropped (normally none between analyses).
CALL gds.graph.list()
YIELD graphName
WHERE graphName STARTS WITH $prefix
RETURN graphName
