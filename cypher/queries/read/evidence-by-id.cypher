// Evidence by id, for the per-request evidence loader.
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN /*include evidence-fields(e)*/ AS evidence
