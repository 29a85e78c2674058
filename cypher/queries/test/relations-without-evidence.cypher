// Relations that break the evidence rule: no live evidence with a quote and a source.
MATCH (r:Relation)
WHERE NOT EXISTS {
  MATCH (e:Evidence)-[:SUPPORTS]->(r)
  WHERE trim(coalesce(e.quote, '')) <> '' AND EXISTS { (e)-[:FOUND_IN]->(:Source) }
}
RETURN r.id AS relationId
