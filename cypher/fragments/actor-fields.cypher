// The fields of an Actor node __actor__ that the API returns.
__actor__ { .*, degree: COUNT { (__actor__)-[:RELATES]-() } }
