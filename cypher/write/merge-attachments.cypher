// $rows: AttachmentRow[]. Attachments are keyed by content hash, so two messages carrying the
// same file meet at one node even when the file was renamed; the name stays on the edge.
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
MERGE (a:Attachment {sha256: row.sha256})
  ON CREATE SET a.size = row.size, a.contentType = row.contentType
MERGE (m)-[r:HAS_ATTACHMENT {name: row.name}]->(a)
SET r.inline = row.inline
