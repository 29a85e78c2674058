// Every label and relationship type the database knows: a writing procedure such as
// db.createLabel adds one without touching any node, which the graph snapshot would not see.
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
RETURN labels, types
