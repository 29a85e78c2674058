// Actors by id, for the per-request actor loader.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN /*include actor-fields(a)*/ AS actor
