// The evidence of each relation, as assessRelation() needs it to derive status and confidence,
// the sources it rests on (where each quote was found and what that source relays), and the story
// of each live supporting item (the source it relays, else where it was found) with what makes two
// stories copies of each other (server/domain/corroboration.ts).
UNWIND $relationIds AS relationId
MATCH (r:Relation {id: relationId})
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(r)
OPTIONAL MATCH (e)-[:FOUND_IN|RELAYS]->(s:Source)
WITH relationId, e, collect(s.id) AS sourceIds,
     coalesce([(e)-[:RELAYS]->(relayed:Source) | relayed][0], [(e)-[:FOUND_IN]->(found:Source) | found][0]) AS story
RETURN relationId,
       [item IN collect(e) WHERE item IS NOT NULL |
         {stance: item.stance, status: item.status, confidence: item.confidence,
          retracted: coalesce(item.retracted, false)}] AS evidence,
       reduce(acc = [], ids IN collect(CASE WHEN coalesce(e.retracted, false) THEN [] ELSE sourceIds END) |
         acc + [id IN ids WHERE NOT id IN acc]) AS sourceIds,
       [item IN collect(CASE WHEN story IS NOT NULL AND NOT coalesce(e.retracted, false)
                              AND e.stance <> 'DENIES' AND e.status <> 'DENIED'
                         THEN {id: story.id, url: story.url, publisher: story.publisher, title: story.title,
                               cites: [(story)-[:CITES*1..6]->(cited:Source) | cited.id]} END)] AS stories
