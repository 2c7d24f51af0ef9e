// Documents the document pass has read (document_state index): none, and the cross-document
// signals (ingest/document-signals.ts) have nothing to judge.
MATCH (d:Document) WHERE d.state = 'read'
RETURN count(d) AS read
