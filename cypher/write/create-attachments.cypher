// $rows: AttachmentRow[] of messages this transaction created. Each attachment is a Document keyed by
// its content hash, so two messages carrying the same file meet at one node even when it was renamed;
// a new one is a stub (state 'pending') that the document pass reads. The name each message gave it,
// and where it sits among the message's attachments (part, the provenance the pass reads the bytes
// from), stay on the edge.
UNWIND $rows AS row
MATCH (m:Message {id: row.message})
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
CREATE (m)-[:HAS_ATTACHMENT {name: row.name, inline: row.inline, part: row.part}]->(d)
// A new carrier (an earlier first sending, a name shared with other contents): its signals again.
SET d.signalsPending = coalesce(d.signalsPending, 'placed')
