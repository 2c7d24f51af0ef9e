// Messages whose subject or body holds one of the name variants in $q (phrase queries over the
// message_text index, built by ingest/write/entity-rereads.ts) are read again by the entity pass:
// the person with that name changed, so the gazetteer may link the name differently now.
CALL db.index.fulltext.queryNodes('message_text', $q) YIELD node
WITH node WHERE node.entityPending IS NULL
SET node.entityPending = true
RETURN count(node) AS marked
