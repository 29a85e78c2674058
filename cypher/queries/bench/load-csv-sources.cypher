// Bench baseline: the sources of the bench rows (see load-csv-actors).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (:Source {id: row.id, kind: 'ARTICLE', title: row.title, publisher: row.publisher})
} IN TRANSACTIONS OF 10000 ROWS
