// PageRank on the directed relationships of a projected graph, with the settings the built-in
// engine uses too.
CALL gds.pageRank.stream($graphName, {
  relationshipTypes: ['ACTS_ON'],
  dampingFactor: $dampingFactor, maxIterations: $maxIterations, tolerance: $tolerance
})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
