// A page of read documents for the entity pass (issue 12), in hash order after $after: the start of
// the text ($maxChars: the extractor reads no further, ingest/extract/entities/extract-document.ts),
// so a page stays small however long the texts. Only documents marked for it (Document.entityPending:
// set by the document pass when it writes the text, or by entities --rebuild). Walks the document_state
// index (state, sha256) in order, so a run of pages reads each document once.
MATCH (d:Document)
WHERE d.state = 'read' AND d.sha256 > $after AND d.entityPending = true
WITH d ORDER BY d.sha256 LIMIT $limit
RETURN d.sha256 AS id, left(coalesce(d.text, ''), $maxChars) AS text
ORDER BY id
