// Projects the actor graph an analysis read ($edges: [{a, b}] actor ids) into the GDS catalog as a
// directed graph named $graphName. The caller drops it (gds/drop-graph) when done, success or not.
UNWIND $edges AS edge
MATCH (a:Actor {id: edge.a})
MATCH (b:Actor {id: edge.b})
WITH gds.graph.project($graphName, a, b) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships
