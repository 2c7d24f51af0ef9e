// Taken at the start of a derive in a transaction held open until it ends: the write lock on this
// node makes a second derive wait (ingest/write/derive/derive-lock.ts). Returns the version of the
// derived data the graph holds (0: derived by a leakgraph before issue 13, or never).
MERGE (d:DeriveState {id: 'derive'})
SET d.holder = $holder
RETURN coalesce(d.version, 0) AS version
