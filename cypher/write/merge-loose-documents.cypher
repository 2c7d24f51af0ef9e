// $rows: LooseDocumentRow[]: documents the read found outside mail (issue 12). The File is where
// one lies (keyed like Copy.key, so reading the same folder again finds it again); the Document
// is keyed by content, a stub (state 'pending') until the document pass reads it.
UNWIND $rows AS row
MERGE (f:File {key: row.file.key})
  ON CREATE SET f += row.file.props
MERGE (d:Document {sha256: row.sha256})
  ON CREATE SET d.state = 'pending', d.size = row.size, d.contentType = row.contentType, d.name = row.name
MERGE (d)-[r:FOUND_IN]->(f)
  ON CREATE SET r.name = row.name
