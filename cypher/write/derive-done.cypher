// A derive finished (run in the lock's transaction, ingest/write/derive/derive-lock.ts): the graph's
// derived data is of version $version, as of now, and one more derive is counted (read/derives-finished).
MATCH (d:DeriveState {id: 'derive'})
SET d.version = $version, d.derivedAt = datetime(), d.derives = coalesce(d.derives, 0) + 1
