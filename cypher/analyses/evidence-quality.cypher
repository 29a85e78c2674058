// evidence-quality: how well each relation in the window is sourced.
// Live evidence is evidence not retracted. A piece of evidence that asserts or hedges supports
// the claim; one that denies it (stance DENIES or status DENIED) disputes it.
// Each supporting piece originates from the source it relays, else the source it was found in.
// Origins count as independent sources, except that an origin which cites (directly or through
// a chain of up to six sources) another origin of the same relation counts with it: syndicated
// copies of one wire story, or an article repeating a report it cites, are one source.
// The count of independent sources stored on the relation by its last refresh is the one rule of
// server/domain/corroboration.ts (which also counts copies with the same URL, or the same publisher
// and title, once); the count computed here stands in for edges written before it was stored.
// Flags: SINGLE_SOURCE (one independent source), DISPUTED (status DISPUTED: a live denial against a
// live assertion, the one rule of server/domain/confidence.ts, so a lone denial is not a dispute),
// ANONYMOUS_ONLY (every live supporting piece rests on unnamed sources), UNSUPPORTED (only denials
// are live: a claim the graph keeps as denied, not a dispute).
// Weakest first (most flags, then lowest confidence, then id); the counts cover every relation
// examined, the list only the first $limit flagged ones.
MATCH (:Actor)-[x:RELATES]->(:Actor)
WHERE /*include relation-filter(x)*/
MATCH (r:Relation {id: x.id})
CALL (r) {
  MATCH (e:Evidence)-[:SUPPORTS]->(r)
  WHERE NOT coalesce(e.retracted, false)
  MATCH (e)-[:FOUND_IN]->(found:Source)
  OPTIONAL MATCH (e)-[:RELAYS]->(relayed:Source)
  WITH e, coalesce(relayed, found) AS origin, e.stance = 'DENIES' OR e.status = 'DENIED' AS denies
  WITH collect(CASE WHEN NOT denies THEN origin END) AS supportingOrigins,
       count(CASE WHEN NOT denies THEN 1 END) AS supportCount,
       count(CASE WHEN NOT denies AND NOT coalesce(e.anonymous, false) THEN 1 END) AS named
  WITH supportCount, named,
       reduce(acc = [], origin IN supportingOrigins | CASE WHEN origin IN acc THEN acc ELSE acc + origin END) AS origins
  RETURN supportCount, named,
         [origin IN origins | origin.id] AS originSourceIds,
         CASE WHEN size(origins) < 2 THEN size(origins)
              ELSE size([origin IN origins WHERE NOT any(other IN origins WHERE other <> origin
                         AND EXISTS { (origin)-[:CITES*1..6]->(other) })]) END AS rootOrigins
}
WITH x, originSourceIds, supportCount, named,
     coalesce(x.independentSources,
              CASE WHEN size(originSourceIds) > 0 AND rootOrigins = 0 THEN 1 ELSE rootOrigins END) AS independentSources
WITH x, originSourceIds, independentSources, supportCount, named,
     [flag IN [
        CASE WHEN independentSources = 1 THEN 'SINGLE_SOURCE' END,
        CASE WHEN x.status = 'DISPUTED' THEN 'DISPUTED' END,
        CASE WHEN supportCount > 0 AND named = 0 THEN 'ANONYMOUS_ONLY' END,
        CASE WHEN supportCount = 0 THEN 'UNSUPPORTED' END
      ] WHERE flag IS NOT NULL] AS flags
ORDER BY size(flags) DESC, x.confidence, x.id
WITH count(x) AS examined,
     count(CASE WHEN 'SINGLE_SOURCE' IN flags THEN 1 END) AS singleSource,
     count(CASE WHEN 'DISPUTED' IN flags THEN 1 END) AS disputed,
     count(CASE WHEN 'ANONYMOUS_ONLY' IN flags THEN 1 END) AS anonymousOnly,
     count(CASE WHEN independentSources >= 2 THEN 1 END) AS corroborated,
     collect(CASE WHEN size(flags) > 0 THEN {
       id: x.id, type: x.type, fromId: startNode(x).id, toId: endNode(x).id,
       confidence: x.confidence, status: x.status, flags: flags,
       independentSources: independentSources, originSourceIds: originSourceIds } END) AS flagged
RETURN examined, singleSource, disputed, anonymousOnly, corroborated, flagged[0..$limit] AS flagged
