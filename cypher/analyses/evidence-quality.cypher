// evidence-quality: how well each relation in the window is sourced.
// Live evidence is evidence not retracted. A piece of evidence that asserts or hedges supports
// the claim; one that denies it (stance DENIES or status DENIED) disputes it.
// Each supporting piece originates from the source it relays, else the source it was found in.
// Origins count as independent sources, except that an origin which cites (directly or through
// a chain of up to six sources) another origin of the same relation counts with it: syndicated
// copies of one wire story, or an article repeating a report it cites, are one source.
// Flags: SINGLE_SOURCE (one independent source), DISPUTED (a live denial, or status DISPUTED),
// ANONYMOUS_ONLY (every live supporting piece rests on unnamed sources).
MATCH (:Actor)-[x:RELATES]->(:Actor)
WHERE /*include relation-filter(x)*/
MATCH (r:Relation {id: x.id})
CALL (r) {
  MATCH (e:Evidence)-[:SUPPORTS]->(r)
  WHERE NOT coalesce(e.retracted, false)
  MATCH (e)-[:FOUND_IN]->(found:Source)
  OPTIONAL MATCH (e)-[:RELAYS]->(relayed:Source)
  WITH e, coalesce(relayed, found) AS origin
  WITH collect(CASE WHEN e.stance <> 'DENIES' AND e.status <> 'DENIED' THEN {e: e, origin: origin} END) AS supporting,
       count(CASE WHEN e.stance = 'DENIES' OR e.status = 'DENIED' THEN 1 END) AS denials
  WITH supporting, denials,
       reduce(acc = [], item IN supporting | CASE WHEN item.origin IN acc THEN acc ELSE acc + item.origin END) AS origins
  RETURN size(supporting) AS supportCount, denials,
         all(item IN supporting WHERE item.e.anonymous) AS allAnonymous,
         [origin IN origins | origin.id] AS originSourceIds,
         size([origin IN origins WHERE NOT any(other IN origins WHERE other <> origin
               AND EXISTS { (origin)-[:CITES*1..6]->(other) })]) AS rootOrigins
}
WITH x, originSourceIds, supportCount, denials, allAnonymous,
     CASE WHEN size(originSourceIds) > 0 AND rootOrigins = 0 THEN 1 ELSE rootOrigins END AS independentSources
WITH x, originSourceIds, independentSources,
     [flag IN [
        CASE WHEN independentSources = 1 THEN 'SINGLE_SOURCE' END,
        CASE WHEN denials > 0 OR x.status = 'DISPUTED' THEN 'DISPUTED' END,
        CASE WHEN supportCount > 0 AND allAnonymous THEN 'ANONYMOUS_ONLY' END
      ] WHERE flag IS NOT NULL] AS flags
WITH count(x) AS examined, collect(CASE WHEN size(flags) > 0 THEN {
       id: x.id, type: x.type, fromId: startNode(x).id, toId: endNode(x).id,
       confidence: x.confidence, status: x.status, flags: flags,
       independentSources: independentSources, originSourceIds: originSourceIds } END) AS flagged
RETURN examined, flagged
