// $documents: documents the pass of run $run read (any status), each with failures earlier passes
// recorded for it. A failure there this run did not meet again (merge-failures.cypher sets lastRun on
// those it meets) no longer holds — the document was reached, or read within the limits this time — and
// becomes a ClearedFailure with the run that read it (as write/clear-failures.cypher does for files).
UNWIND $documents AS sha256
MATCH (f:Failure {document: sha256})
WHERE f.lastRun <> $run
SET f:ClearedFailure, f.clearedRun = $run
REMOVE f:Failure
RETURN count(f) AS cleared
