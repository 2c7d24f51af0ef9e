// Waits (up to $seconds) until the index $name is online: the message full-text index is dropped
// during a bulk load and populated in the background afterwards (ingest/write/bulk-index.ts).
CALL db.awaitIndex($name, $seconds)
