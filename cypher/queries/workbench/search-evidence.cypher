// Evidence whose quote or attribution matches a full-text query, best match first.
CALL db.index.fulltext.queryNodes('evidence_quotes', $search) YIELD node, score
WITH node AS e, score ORDER BY score DESC, e.id LIMIT $limit
RETURN e.id AS id, score
