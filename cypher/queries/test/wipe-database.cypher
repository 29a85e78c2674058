// Empties the test database; schema and migration records stay. Used by tests only.
MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:ActorgraphTestDatabase
DETACH DELETE n
