// Exact betweenness centrality (unnormalised) on the undirected relationships of a projected
// graph. Large graphs get an estimate from the built-in engine instead (server/analyses/influence.ts).
CALL gds.betweenness.stream($graphName, {relationshipTypes: ['TIES']})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
