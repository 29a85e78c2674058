// Relations tied to each relation, both directions.
UNWIND $relationIds AS relationId
MATCH (r:Relation {id: relationId})-[link:LINKED]-(other:Relation)
RETURN relationId, link.kind AS kind,
       CASE WHEN startNode(link) = r THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
       other.id AS otherId
ORDER BY relationId, kind, otherId
