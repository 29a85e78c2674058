// The fields of an Evidence node __ev__ that the API returns, with the ids of what it points to.
__ev__ {
  .*,
  relationId: [(__ev__)-[:SUPPORTS]->(claim) | claim.id][0],
  sourceId: [(__ev__)-[:FOUND_IN]->(found) | found.id][0],
  citedSourceId: [(__ev__)-[:RELAYS]->(relayed) | relayed.id][0],
  attributedToId: [(__ev__)-[:ATTRIBUTED_TO]->(speaker) | speaker.id][0]
}
