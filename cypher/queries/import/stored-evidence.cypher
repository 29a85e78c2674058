// Which evidence ids of an import batch are stored already: rows loaded by an earlier run (an
// interrupted import run again) are left as they are.
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e.id AS id
