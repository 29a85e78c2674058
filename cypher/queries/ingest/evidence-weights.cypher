// The evidence of each relation, as assessRelation() needs it to derive status and confidence
// (each item with the source it comes from, since items of one source count once: the source it
// relays, else the one it was found in, as evidence-quality reads an item's origin), the sources it
// rests on (where each quote was found and what that source relays), and the story of each live
// supporting item (that same origin) with what makes two stories copies of each other
// (server/domain/corroboration.ts).
UNWIND $relationIds AS relationId
MATCH (r:Relation {id: relationId})
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(r)
OPTIONAL MATCH (e)-[:FOUND_IN|RELAYS]->(s:Source)
OPTIONAL MATCH (e)-[:FOUND_IN]->(found:Source)
OPTIONAL MATCH (e)-[:RELAYS]->(relayed:Source)
WITH relationId, e, collect(DISTINCT s.id) AS sourceIds, coalesce(min(relayed.id), min(found.id)) AS originId
OPTIONAL MATCH (story:Source {id: originId})
WITH relationId, e, sourceIds, originId, story
ORDER BY e.id
RETURN relationId,
       [item IN collect({e: e, originId: originId}) WHERE item.e IS NOT NULL |
         {id: item.e.id, stance: item.e.stance, status: item.e.status, confidence: item.e.confidence,
          retracted: coalesce(item.e.retracted, false), anonymous: coalesce(item.e.anonymous, false),
          sourceId: item.originId}] AS evidence,
       reduce(acc = [], ids IN collect(CASE WHEN coalesce(e.retracted, false) THEN [] ELSE sourceIds END) |
         acc + [id IN ids WHERE NOT id IN acc]) AS sourceIds,
       [item IN collect(CASE WHEN story IS NOT NULL AND NOT coalesce(e.retracted, false)
                              AND e.stance <> 'DENIES' AND e.status <> 'DENIED'
                         THEN {id: story.id, url: story.url, publisher: story.publisher, title: story.title,
                               cites: [(story)-[:CITES*1..6]->(cited:Source) | cited.id]} END)] AS stories
