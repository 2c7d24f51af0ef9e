// Archive entries as file names (issue 12): the "same name, other contents" signal
// (ingest/document-signals.ts) compares an archive entry's base name like an attachment's file name,
// so (archive)-[:CONTAINS {entry, name}]->(file) carries the base name too ("q3/report.pdf" →
// "report.pdf"), indexed like HAS_ATTACHMENT.name and FOUND_IN.name: a name's copies are found by
// index seeks, never by scanning every archive. Written by write/document-results.cypher.
CREATE INDEX contains_name IF NOT EXISTS FOR ()-[x:CONTAINS]-() ON (x.name);
// Archives read before: the name from the entry label (read/entry-names.ts: canonical path, "//n"
// on repeats), and the file's signals judged again with its new name (read files only: a pending
// one is judged when it is read).
MATCH (:Document)-[x:CONTAINS]->(c:Document) WHERE x.name IS NULL
CALL (x, c) {
  SET x.name = last(split(split(x.entry, '//')[0], '/'))
  WITH c WHERE c.state = 'read'
  SET c.signalsPending = coalesce(c.signalsPending, 'placed')
} IN TRANSACTIONS OF 5000 ROWS;
