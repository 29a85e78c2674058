// Bench only: empties a database named by NEO4J_URI before and between loads, in batches so a
// million relations never sit in one transaction. Schema and migration records stay.
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
