// Which numbered schema files have run against this database, and what they contained.
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY m.id
