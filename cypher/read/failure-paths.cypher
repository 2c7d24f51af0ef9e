// The files under $roots (absolute paths, each a file or a folder) where the read recorded failures:
// the ones a run reads again have the failures it no longer meets cleared (write/clear-failures.cypher);
// and the server's time, which a failure met by another run from now on is later than.
// STARTS WITH is a seek on the failure_path index; the caller keeps the paths that are the root itself or
// below it (a root /a/b also starts /a/bc).
UNWIND $roots AS root
OPTIONAL MATCH (f:Failure)
WHERE f.path STARTS WITH root AND f.found = 'read'
RETURN collect(DISTINCT f.path) AS paths, datetime() AS now
