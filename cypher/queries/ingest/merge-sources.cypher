// Creates or updates sources and the "cites" chain between them (a report citing a letter)
// (docs/data-model.md, "Merge rules"). Title and publisher are required and replace what the
// source has; a null field was left out and keeps its value; the kind falls back to ARTICLE only
// on a source that has none yet; cited sources only grow.
UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s.kind = coalesce(row.kind, s.kind, row.defaults.kind), s.title = row.title, s.publisher = row.publisher,
    s.url = coalesce(row.url, s.url),
    s.published = CASE WHEN row.published IS NULL THEN s.published ELSE date(row.published) END,
    s.publishedPrecision = CASE WHEN row.published IS NULL THEN s.publishedPrecision ELSE row.publishedPrecision END,
    s.author = coalesce(row.author, s.author), s.language = coalesce(row.language, s.language),
    s.dateline = coalesce(row.dateline, s.dateline), s.description = coalesce(row.description, s.description)
WITH s, row
UNWIND row.cites AS citedId
MERGE (cited:Source {id: citedId})
MERGE (s)-[:CITES]->(cited)
