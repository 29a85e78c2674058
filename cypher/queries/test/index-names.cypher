// Names of the indexes in the database.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
