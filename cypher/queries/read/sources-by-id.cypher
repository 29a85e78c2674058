// Sources by id, for the per-request source loader.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {
  .*,
  citesIds: [(s)-[:CITES]->(cited) | cited.id],
  evidenceCount: COUNT { (s)<-[:FOUND_IN|RELAYS]-(:Evidence) }
} AS source
