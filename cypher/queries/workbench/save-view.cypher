// Saves a named view; saving under the same name again replaces it.
MERGE (v:SavedView {id: $id})
SET v.name = $name, v.state = $state, v.layout = $layout, v.author = $author, v.savedAt = datetime($savedAt)
RETURN v {.id, .name, .state, .layout, .author, savedAt: toString(v.savedAt)} AS view
