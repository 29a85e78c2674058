// The fields of a Relation node __rel__ that the API returns, with the ids of what it points to.
__rel__ {
  .*,
  fromId: [(__rel__)-[:FROM]->(source) | source.id][0],
  toId: [(__rel__)-[:TO]->(target) | target.id][0],
  locationId: [(__rel__)-[:AT]->(place) | place.id][0]
}
