// $rows: AttachmentRow[] of messages this transaction created. Each attachment is a Document keyed by
// its content hash, so two messages carrying the same file meet at one node even when it was renamed;
// a new one is a stub (state 'pending') that the document pass reads. The name each message gave it,
// and where it sits among the message's attachments (part, the provenance the pass reads the bytes
// from), stay on the edge.
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
MERGE (d:Document {sha256: row.sha256})
  ON CREATE SET d.state = 'pending', d.size = row.size, d.contentType = row.contentType, d.name = row.name
CREATE (m)-[:HAS_ATTACHMENT {name: row.name, inline: row.inline, part: row.part}]->(d)
