// Relations by id, for the per-request relation loader.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN /*include relation-fields(r)*/ AS relation
