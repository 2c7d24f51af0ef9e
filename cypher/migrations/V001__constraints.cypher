// Keys of the graph. Every MERGE in ingest/write relies on one of these, which is what makes
// re-running an ingest change nothing. Message.id and Copy.key are content/provenance hashes
// (see ingest/extract/ids.ts), Address.email the normalised address.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT message_id IF NOT EXISTS FOR (m:Message) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT copy_key IF NOT EXISTS FOR (c:Copy) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT address_email IF NOT EXISTS FOR (a:Address) REQUIRE a.email IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT attachment_sha256 IF NOT EXISTS FOR (a:Attachment) REQUIRE a.sha256 IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT failure_key IF NOT EXISTS FOR (f:Failure) REQUIRE f.key IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (r:IngestRun) REQUIRE r.id IS UNIQUE;
