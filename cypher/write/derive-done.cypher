// A derive finished (run in the lock's transaction, ingest/write/derive/derive-lock.ts): the graph's
// derived data is of version $version, as of now.
MATCH (d:DeriveState {id: 'derive'})
SET d.version = $version, d.derivedAt = datetime()
