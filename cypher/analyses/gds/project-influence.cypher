// Projects the influence graph into the GDS catalog as $graphName, from the pairs the analysis
// read: $edges rows {a, b, type} with type ACTS_ON (directed, for PageRank) or TIES (each pair of
// actors once, undirected, for betweenness; $undirectedTypes is ['TIES'] when there are any, else
// []). The caller drops the graph when done.
UNWIND $edges AS edge
MATCH (a:Actor {id: edge.a})
MATCH (b:Actor {id: edge.b})
WITH gds.graph.project($graphName, a, b, {relationshipType: edge.type}, {undirectedRelationshipTypes: $undirectedTypes}) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships
