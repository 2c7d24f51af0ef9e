// For a pass that reads every document again (--rebuild): every document with failures an earlier pass
// recorded (Failure.document, the failure_document index), those it no longer meets to be cleared
// (write/clear-document-failures.cypher; read/failing-pending-documents.cypher for a usual pass); and
// the server's time, which a failure met by another run from now on is later than.
OPTIONAL MATCH (f:Failure)
WHERE f.document IS NOT NULL
RETURN collect(DISTINCT f.document) AS documents, datetime() AS now
