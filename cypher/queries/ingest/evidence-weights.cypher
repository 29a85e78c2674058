// The evidence of each relation, as assessRelation() needs it to derive status and confidence
// (each item with the source it comes from, since items of one source count once: the source it
// relays, else the one it was found in, as evidence-quality reads an item's origin), and the
// sources it rests on (where each quote was found and what that source relays).
UNWIND $relationIds AS relationId
MATCH (r:Relation {id: relationId})
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(r)
OPTIONAL MATCH (e)-[:FOUND_IN|RELAYS]->(s:Source)
OPTIONAL MATCH (e)-[:FOUND_IN]->(found:Source)
OPTIONAL MATCH (e)-[:RELAYS]->(relayed:Source)
WITH relationId, e, collect(DISTINCT s.id) AS sourceIds, coalesce(min(relayed.id), min(found.id)) AS originId
ORDER BY e.id
RETURN relationId,
       [item IN collect({e: e, originId: originId}) WHERE item.e IS NOT NULL |
         {id: item.e.id, stance: item.e.stance, status: item.e.status, confidence: item.e.confidence,
          retracted: coalesce(item.e.retracted, false), anonymous: coalesce(item.e.anonymous, false),
          sourceId: item.originId}] AS evidence,
       reduce(acc = [], ids IN collect(CASE WHEN coalesce(e.retracted, false) THEN [] ELSE sourceIds END) |
         acc + [id IN ids WHERE NOT id IN acc]) AS sourceIds
