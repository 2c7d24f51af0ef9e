// $paths: files the run $run read to the end and whole (no entry, folder or container lost in them:
// ingest/pipeline.ts cutsReadShort), each with failures the read recorded in earlier runs.
// A failure there the run did not meet again (merge-failures.cypher sets lastRun on those it meets) no
// longer holds: the file was replaced, or a newer leakgraph reads it. It becomes a ClearedFailure with
// the run that read the file again, so `leakgraph failures --all` still shows what failed once, while
// every count of :Failure (stats, the ingest summary, saved queries) is of what is still failing.
UNWIND $paths AS path
MATCH (f:Failure {path: path})
WHERE f.found = 'read' AND f.lastRun <> $run
SET f:ClearedFailure, f.clearedRun = $run
REMOVE f:Failure
RETURN count(f) AS cleared
