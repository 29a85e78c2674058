// Creates or updates sources and the "cites" chain between them (a report citing a letter).
UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s.kind = row.kind, s.title = row.title, s.publisher = row.publisher, s.url = row.url,
    s.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    s.publishedPrecision = row.publishedPrecision, s.author = row.author, s.language = row.language,
    s.dateline = row.dateline, s.description = row.description
WITH s, row
UNWIND row.cites AS citedId
MERGE (cited:Source {id: citedId})
MERGE (s)-[:CITES]->(cited)
