// Messages citing one of the Message-IDs in $q (In-Reply-To or References; a Lucene query over the
// message_citations index, built by ingest/write/derive/threads.ts) look for their parent again.
CALL db.index.fulltext.queryNodes('message_citations', $q) YIELD node
WITH node WHERE node.relink IS NULL
SET node.relink = true
