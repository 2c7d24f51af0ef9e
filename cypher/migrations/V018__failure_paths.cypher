// Failures a later run clears (issue 13's rule: cost grows with what is new): a run finds the failures
// recorded at the files it reads by their path (read/failure-paths.cypher, write/clear-failures.cypher),
// not by a scan of every failure. Failure.found says what found one (ingest/batch/graph-schema.ts
// FailureFound); failures recorded before it was kept get it here where their stage tells: only the read
// meets a file it cannot open or a container it cannot walk. A `parse` or `write` failure could have
// come from the document pass (mail inside a document) as well, so those stay unmarked and are not
// cleared until a run meets them again (write/merge-failures.cypher marks them then).
CREATE INDEX failure_path IF NOT EXISTS FOR (f:Failure) ON (f.path);
MATCH (f:Failure) WHERE f.found IS NULL AND f.stage IN ['read', 'container']
SET f.found = 'read';
