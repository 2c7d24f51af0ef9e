// $rows: what the document pass read (issue 12), one row per document: its properties (dates as
// ISO strings, made DateTime here), state 'read'. Properties a record does not have are null,
// which removes what an earlier reading left. The cross-document signals are computed again
// after (signalsPending: ingest/document-signals.ts), since `SET d += props` replaced them.
UNWIND $rows AS row
MATCH (d:Document {sha256: row.sha256})
SET d += row.props,
    d.created = CASE WHEN row.created IS NULL THEN null ELSE datetime(row.created) END,
    d.modified = CASE WHEN row.modified IS NULL THEN null ELSE datetime(row.modified) END,
    d.printed = CASE WHEN row.printed IS NULL THEN null ELSE datetime(row.printed) END,
    d.state = 'read',
    d.signalsPending = 'read'
