// Whether this Neo4j has the Graph Data Science procedures the analyses call.
SHOW PROCEDURES YIELD name
WHERE name IN ['gds.graph.drop', 'gds.pageRank.stream', 'gds.betweenness.stream', 'gds.louvain.stream']
RETURN count(name) = 4 AS available
