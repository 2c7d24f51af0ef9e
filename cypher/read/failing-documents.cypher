// The documents with failures the document pass recorded (Failure.document): one it reads again has
// those it no longer meets cleared (write/clear-document-failures.cypher). Seeks the failure_document index.
MATCH (f:Failure)
WHERE f.document IS NOT NULL
RETURN DISTINCT f.document AS sha256
