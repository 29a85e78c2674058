// Deletes a saved view; deleting one that is not there deletes nothing.
OPTIONAL MATCH (v:SavedView {id: $id})
WITH v, v IS NOT NULL AS existed
DELETE v
RETURN existed
