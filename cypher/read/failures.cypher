// Ingest failures, newest run first; $run narrows to one run (null for all).
MATCH (f:Failure)
WHERE $run IS NULL OR f.lastRun = $run
RETURN f.path AS path, f.entries AS entries, f.position AS position, f.mailbox AS mailbox, f.folder AS folder,
       f.stage AS stage, f.error AS error, f.lostMessage AS lostMessage, f.firstRun AS firstRun, f.lastRun AS lastRun
ORDER BY f.lastRun DESC, f.path, f.position
LIMIT $limit
