// $files: [{path, size}], files the run $run read to the end and whole (no entry, folder or container
// lost in them: ingest/pipeline.ts cutsReadShort), each with failures the read recorded in earlier runs;
// $since: the server's time when the run began. A failure there the run did not meet again
// (merge-failures.cypher sets lastRun and seenAt on those it meets) no longer holds: the file was
// replaced, or a newer leakgraph reads it. Kept: one another run met since $since (two runs over one
// file at once), and one at a byte offset the file no longer reaches (an mbox replaced by a shorter
// copy: the message there was not read again, so it is still lost) or whose offset is into a file
// inside an archive, whose size the run does not know (the safe side). A cleared one becomes a
// ClearedFailure with the run that read the file again, so `leakgraph failures --all` still shows what
// failed once, while every count of :Failure (stats, the ingest summary, saved queries) is of what is
// still failing.
UNWIND $files AS file
MATCH (f:Failure {path: file.path})
WHERE f.found = 'read' AND f.lastRun <> $run AND coalesce(f.seenAt, f.at) < $since
  AND (f.offset IS NULL OR (size(coalesce(f.entries, [])) = 0 AND f.offset < file.size))
SET f:ClearedFailure, f.clearedRun = $run
REMOVE f:Failure
RETURN count(f) AS cleared
