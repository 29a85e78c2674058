// Every piece of evidence of each relation, retracted ones included (the API shows them marked).
UNWIND $relationIds AS relationId
MATCH (e:Evidence)-[:SUPPORTS]->(:Relation {id: relationId})
RETURN relationId, /*include evidence-fields(e)*/ AS evidence
ORDER BY relationId, e.retracted, e.confidence DESC, e.id
