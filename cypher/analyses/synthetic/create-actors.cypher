// Benchmarks and load tests only: creates invented actors and sources of a synthetic graph in bulk.
UNWIND $actors AS row
CREATE (:Actor {id: row.id, name: row.name, kind: 'STATE', aliases: [], aliasText: '', createdAt: datetime()})
WITH count(*) AS actors
UNWIND $sources AS row
CREATE (:Source {id: row.id, kind: 'ARTICLE', title: row.title, publisher: row.publisher, cites: []})
RETURN actors, count(*) AS sources
