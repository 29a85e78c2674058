// One page of sources, newest first (undated last).
MATCH (s:Source)
WITH s ORDER BY s.published IS NULL, s.published DESC, s.id
WITH collect(s) AS matching
RETURN size(matching) AS totalCount, [s IN matching[$skip..($skip + $limit)] | s.id] AS ids
