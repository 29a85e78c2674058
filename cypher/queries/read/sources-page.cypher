// One page of sources, newest first (undated last): the `limit` sources after the key `$after`
// (null: from the start). The key is [undated, publication date as YYYY-MM-DD, id]; the date runs
// from new to old, so "after the cursor" swaps it across the comparison: L > R holds exactly when
// the first part that differs says the source comes later.
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS totalCount
}
CALL () {
  MATCH (s:Source)
  WITH s, [s.published IS NULL, coalesce(toString(s.published), ''), s.id] AS key
  WHERE $after IS NULL OR [key[0], $after[1], key[2]] > [$after[0], key[1], $after[2]]
  WITH s, key ORDER BY key[0], key[1] DESC, key[2] LIMIT $limit
  RETURN collect({item: s.id, key: key}) AS page
}
RETURN totalCount, page
