// $documents: documents the pass of run $run read whole (a status other than oversize, timeout or
// too-complex, and an archive listed to its end: document-pass.ts), each with failures earlier passes
// recorded for it; $since: the server's time when the pass began. A failure there this run did not
// meet again (merge-failures.cypher sets lastRun and seenAt on those it meets) and no other run met
// since no longer holds — the document was reached, or read within the limits this time — and becomes
// a ClearedFailure with the run that read it (as write/clear-failures.cypher does for files).
UNWIND $documents AS sha256
MATCH (f:Failure {document: sha256})
WHERE f.lastRun <> $run AND coalesce(f.seenAt, f.at) < $since
SET f:ClearedFailure, f.clearedRun = $run
REMOVE f:Failure
RETURN count(f) AS cleared
