// The documents a usual pass will read (pending: new, or not reachable before; the document_state
// index) that have failures an earlier pass recorded (Failure.document): those it no longer meets are
// cleared (write/clear-document-failures.cypher). Its cost follows what waits to be read, not the graph.
// And the server's time, which a failure met by another run from now on is later than.
OPTIONAL MATCH (d:Document {state: 'pending'})
WHERE EXISTS { MATCH (:Failure {document: d.sha256}) }
RETURN collect(d.sha256) AS documents, datetime() AS now
