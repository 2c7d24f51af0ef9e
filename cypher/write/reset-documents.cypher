// documents --rebuild / ingest --rebuild-documents: every document is to be read again. Auto-commit.
MATCH (d:Document) WHERE d.state <> 'pending'
CALL (d) {
  SET d.state = 'pending'
} IN TRANSACTIONS OF 5000 ROWS
