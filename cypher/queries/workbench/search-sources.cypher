// Sources whose title, publisher or author matches a full-text query, best match first.
CALL db.index.fulltext.queryNodes('source_texts', $search) YIELD node, score
WITH node AS s, score ORDER BY score DESC, s.id LIMIT $limit
RETURN s.id AS id, score
