// PageRank on a projected graph, with the parameters the built-in engine uses too.
CALL gds.pageRank.stream($graphName, {dampingFactor: $dampingFactor, maxIterations: $maxIterations, tolerance: $tolerance})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
