// Ingest failures, newest run first; $run narrows to one run (null for all): the failures it met, and
// with $all those it cleared. $all adds the failures later runs no longer met (ClearedFailure,
// write/clear-failures.cypher), with the run that cleared each.
MATCH (f:Failure|ClearedFailure)
WHERE ($all OR f:Failure) AND ($run IS NULL OR $run IN [f.lastRun, f.clearedRun])
RETURN f.path AS path, f.entries AS entries, f.position AS position, f.mailbox AS mailbox, f.folder AS folder,
       f.stage AS stage, f.error AS error, f.lostMessage AS lostMessage, f.firstRun AS firstRun, f.lastRun AS lastRun,
       f.clearedRun AS clearedRun
ORDER BY f.clearedRun IS NOT NULL, f.lastRun DESC, f.path, f.position
LIMIT $limit
