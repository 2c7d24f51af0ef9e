// $rows: AttachmentRow[] of messages this transaction created. Attachments are keyed by content
// hash, so two messages carrying the same file meet at one node even when it was renamed; the
// name stays on the edge.
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
MERGE (a:Attachment {sha256: row.sha256})
  ON CREATE SET a.size = row.size, a.contentType = row.contentType
CREATE (m)-[:HAS_ATTACHMENT {name: row.name, inline: row.inline}]->(a)
