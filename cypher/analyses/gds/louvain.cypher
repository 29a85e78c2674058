// Louvain communities on a projected undirected graph; one thread, so the same graph always
// gives the same partition.
CALL gds.louvain.stream($graphName, {concurrency: 1})
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId
