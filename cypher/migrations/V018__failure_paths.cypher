// Failures a later run clears (issue 13's rule: cost grows with what is new). A run finds the failures
// recorded at the files it reads by their path (read/failure-paths.cypher, write/clear-failures.cypher),
// and the document pass those of the documents it reads by their hash (read/failing-documents.cypher,
// write/clear-document-failures.cypher), not by a scan of every failure.
CREATE INDEX failure_path IF NOT EXISTS FOR (f:Failure) ON (f.path);
CREATE INDEX failure_document IF NOT EXISTS FOR (f:Failure) ON (f.document);
// Failure.found says what found one (ingest/batch/graph-schema.ts FailureFound); failures recorded before
// it was kept get it where they tell: a `read` or `container` failure is the read's unless it lies in mail
// the document pass took out of a document (an mbox attached to a message or in an archive, entries
// `/part …`, `/mbox …`, `/object …`: document-mail.ts), and a `document` failure is the pass's. A `parse`
// or `write` failure could have come from either, so those stay unmarked and are not cleared until a run
// meets them again (write/merge-failures.cypher marks them then).
MATCH (f:Failure) WHERE f.found IS NULL AND f.stage IN ['read', 'container']
  AND none(entry IN coalesce(f.entries, []) WHERE entry STARTS WITH '/part ' OR entry STARTS WITH '/mbox '
    OR entry STARTS WITH '/object ')
SET f.found = 'read';
MATCH (f:Failure) WHERE f.found IS NULL AND f.stage = 'document'
SET f.found = 'pass';
// A document failure names its document by the first 16 hex digits of its hash in `position`
// ("document 0123456789abcdef (name)", document-pass.ts failureSource): Failure.document is the one
// Document with that prefix.
MATCH (f:Failure) WHERE f.stage = 'document' AND f.document IS NULL AND f.position CONTAINS 'document '
WITH f, left(split(f.position, 'document ')[1], 16) AS prefix
WHERE size(prefix) = 16
CALL (f, prefix) {
  MATCH (d:Document) WHERE d.sha256 STARTS WITH prefix
  WITH f, collect(d.sha256) AS documents
  WHERE size(documents) = 1
  SET f.document = documents[0]
};
