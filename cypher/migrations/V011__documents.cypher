// Documents as evidence (issue 12). Every attachment and every loose document of a dump is one
// (:Document) keyed by its SHA-256, with one provenance link per place it was found:
//   (:Message)-[:HAS_ATTACHMENT {name, inline, part}]->(:Document)   part = index among the message's attachments
//   (:Document)-[:FOUND_IN {name}]->(:File {key, path, entries, mailbox, folder})   a loose file, alone or in an archive
// The mail ingest writes a stub (state 'pending'); the document pass (ingest/document-pass.ts) reads
// the pending ones and sets state 'read' with the text, metadata and anomalies.
CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE;
CREATE CONSTRAINT file_key IF NOT EXISTS FOR (f:File) REQUIRE f.key IS UNIQUE;
// (state, sha256): the document pass pages through the pending documents in hash order.
CREATE INDEX document_state IF NOT EXISTS FOR (d:Document) ON (d.state, d.sha256);
CREATE INDEX document_anomaly_count IF NOT EXISTS FOR (d:Document) ON (d.anomalyCount);
CREATE INDEX document_last_modified_by IF NOT EXISTS FOR (d:Document) ON (d.lastModifiedBy);
CREATE INDEX document_format IF NOT EXISTS FOR (d:Document) ON (d.format);
// Searched like message bodies: standard-folding drops accents; eventually consistent, as message_text.
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.text, d.name, d.title, d.author, d.lastModifiedBy]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
// A graph ingested before issue 12 holds hash-only (:Attachment {sha256, size, contentType}) nodes:
// each becomes a pending Document (the next document pass reads it), named after its edges as the
// writers name it (the smallest non-empty name).
// Its old edges have no part index: the pass then finds the attachment by its hash.
// Should a Document with the same hash exist already (an interrupted earlier conversion), the
// Attachment's edges move to it first, so the relabelling below never meets the uniqueness constraint.
MATCH (m:Message)-[h:HAS_ATTACHMENT]->(a:Attachment)
WHERE NOT a:Document
CALL (m, h, a) {
  MATCH (d:Document {sha256: a.sha256})
  CREATE (m)-[:HAS_ATTACHMENT {name: h.name, inline: h.inline}]->(d)
  DELETE h
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Attachment)
WHERE NOT a:Document AND EXISTS { MATCH (d:Document {sha256: a.sha256}) }
CALL (a) {
  DETACH DELETE a
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Attachment)
CALL (a) {
  SET a:Document, a.state = coalesce(a.state, 'pending'),
      a.name = coalesce(a.name, COLLECT {
        MATCH (:Message)-[h:HAS_ATTACHMENT]->(a) WHERE coalesce(h.name, '') <> ''
        RETURN h.name ORDER BY h.name LIMIT 1
      }[0], '')
  REMOVE a:Attachment
} IN TRANSACTIONS OF 10000 ROWS;
// Cross-document signals (issue 12, ingest/document-signals.ts): documents waiting for them
// (signalsPending), editors kept as aliases when they are no correspondent, and the lookups the
// signals follow — a name's documents (METADATA_PERSON.raw), a file name's other contents.
CREATE CONSTRAINT alias_name IF NOT EXISTS FOR (a:Alias) REQUIRE a.name IS UNIQUE;
CREATE INDEX document_signals_pending IF NOT EXISTS FOR (d:Document) ON (d.signalsPending);
CREATE INDEX metadata_person_raw IF NOT EXISTS FOR ()-[r:METADATA_PERSON]-() ON (r.raw);
CREATE INDEX has_attachment_name IF NOT EXISTS FOR ()-[h:HAS_ATTACHMENT]-() ON (h.name);
CREATE INDEX found_in_name IF NOT EXISTS FOR ()-[f:FOUND_IN]-() ON (f.name);
