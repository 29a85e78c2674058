// Projects the actor graph an analysis read ($edges: [{a, b}], each pair of actors once) into the
// GDS catalog as an undirected graph named $graphName. The caller drops it when done.
UNWIND $edges AS edge
MATCH (a:Actor {id: edge.a})
MATCH (b:Actor {id: edge.b})
WITH gds.graph.project($graphName, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships
