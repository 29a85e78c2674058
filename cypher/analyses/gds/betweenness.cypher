// Betweenness centrality (exact, unnormalised) on a projected graph.
CALL gds.betweenness.stream($graphName)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
