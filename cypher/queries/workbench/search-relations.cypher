// Relations whose summary matches a full-text query, best match first.
CALL db.index.fulltext.queryNodes('relation_summaries', $search) YIELD node, score
WITH node AS r, score ORDER BY score DESC, r.id LIMIT $limit
RETURN r.id AS id, score
