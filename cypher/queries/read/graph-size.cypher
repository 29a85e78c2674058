// How much knowledge the graph holds.
RETURN COUNT { (:Actor) } AS actors,
       COUNT { (:Relation) } AS relations,
       COUNT { (:Evidence) } AS evidence,
       COUNT { (:Source) } AS sources
