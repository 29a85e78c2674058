// A write, for the test that every read is proven to be one before it runs.
CREATE (:Actor {id: 'written-by-a-read', name: 'Written by a read', kind: 'OTHER'})
RETURN 1 AS written
