// The evidence of each relation, as assessRelation() needs it to derive status and confidence,
// and the sources it rests on (where each quote was found and what that source relays).
UNWIND $relationIds AS relationId
MATCH (r:Relation {id: relationId})
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(r)
OPTIONAL MATCH (e)-[:FOUND_IN|RELAYS]->(s:Source)
WITH relationId, e, collect(s.id) AS sourceIds
RETURN relationId,
       [item IN collect(e) WHERE item IS NOT NULL |
         {stance: item.stance, status: item.status, confidence: item.confidence,
          retracted: coalesce(item.retracted, false)}] AS evidence,
       reduce(acc = [], ids IN collect(CASE WHEN coalesce(e.retracted, false) THEN [] ELSE sourceIds END) |
         acc + [id IN ids WHERE NOT id IN acc]) AS sourceIds
