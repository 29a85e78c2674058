// Every saved view, by name.
MATCH (v:SavedView)
WITH v ORDER BY toLower(v.name), v.id
RETURN v {.id, .name, .state, .layout, .author, savedAt: toString(v.savedAt)} AS view
