// Records that a schema file has run, so the next start skips it.
MERGE (m:SchemaMigration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
