// $rows: LooseDocumentRow[]: documents the read found outside mail (issue 12). The File is where
// one lies (keyed like Copy.key, so reading the same folder again finds it again); the Document
// is keyed by content, a stub (state 'pending') until the document pass reads it.
UNWIND $rows AS row
MERGE (f:File {key: row.file.key})
  ON CREATE SET f += row.file.props
MERGE (d:Document {sha256: row.sha256})
  ON CREATE SET d.state = 'pending', d.size = row.size, d.contentType = row.contentType, d.name = row.name
  // Seen again: the smallest non-empty name and the smallest content type that says more than
  // octet-stream, so the node does not depend on which place a run (or one of parallel parts) met first.
  ON MATCH SET
    d.name = CASE WHEN row.name <> '' AND (d.name = '' OR row.name < d.name) THEN row.name ELSE d.name END,
    d.contentType = CASE
      WHEN row.contentType = 'application/octet-stream' THEN d.contentType
      WHEN d.contentType = 'application/octet-stream' OR row.contentType < d.contentType THEN row.contentType
      ELSE d.contentType END
MERGE (d)-[r:FOUND_IN]->(f)
  // A new place (a name shared with other contents): its signals again.
  ON CREATE SET r.name = row.name, d.signalsPending = coalesce(d.signalsPending, 'placed')
