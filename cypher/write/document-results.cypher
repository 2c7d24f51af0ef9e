// $rows: what the document pass read (issue 12), one row per document: its properties (dates as
// ISO strings, made DateTime here), state 'read'. Properties a record does not have are null,
// which removes what an earlier reading left. The cross-document signals are computed again
// after (signalsPending: ingest/document-signals.ts), since `SET d += props` replaced them. The text
// is new, so the entity pass reads it for names (entityPending).
// row.entries (an archive document's files, issue 12): each a Document of its own, a stub (state
// 'pending') the same pass reads in its next round, linked (archive)-[:CONTAINS {entry, name}]->(file),
// name: the entry's base name, which the same-name signal compares like an attachment's file name;
// none on the link for a generic name (an Office document's `oleObject1.pdf`: model.ts ArchiveEntry),
// which names the file but is no evidence of sameness.
// In the same transaction as the archive's state, so an archive read is never left without its files.
UNWIND $rows AS row
MATCH (d:Document {sha256: row.sha256})
SET d += row.props,
    d.created = CASE WHEN row.created IS NULL THEN null ELSE datetime(row.created) END,
    d.modified = CASE WHEN row.modified IS NULL THEN null ELSE datetime(row.modified) END,
    d.printed = CASE WHEN row.printed IS NULL THEN null ELSE datetime(row.printed) END,
    d.state = 'read',
    d.signalsPending = 'read',
    d.entityPending = true
WITH d, row
CALL (d, row) {
  UNWIND coalesce(row.entries, []) AS e
  MERGE (c:Document {sha256: e.sha256})
    ON CREATE SET c.state = 'pending', c.size = e.size, c.name = e.name
    ON MATCH SET c.name = CASE WHEN e.name <> '' AND (c.name = '' OR e.name < c.name) THEN e.name ELSE c.name END
  MERGE (d)-[x:CONTAINS {entry: e.entry}]->(c)
    // A new place (a name shared with other contents): its signals again.
    ON CREATE SET c.signalsPending = coalesce(c.signalsPending, 'placed')
  SET x.name = CASE WHEN coalesce(e.generic, false) THEN null ELSE e.name END
}
