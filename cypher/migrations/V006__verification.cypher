// DKIM verification and tamper signals (issue 7): signatures per copy, the keys they used, signal
// kinds, and the indexes the status filters use.
CREATE CONSTRAINT signature_key IF NOT EXISTS FOR (s:Signature) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT dkim_key_id IF NOT EXISTS FOR (k:DkimKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT signal_kind IF NOT EXISTS FOR (s:Signal) REQUIRE s.kind IS UNIQUE;
CREATE INDEX signature_hash IF NOT EXISTS FOR (s:Signature) ON (s.signatureHash);
CREATE INDEX signature_domain IF NOT EXISTS FOR (s:Signature) ON (s.domain);
CREATE INDEX message_status IF NOT EXISTS FOR (m:Message) ON (m.status);
CREATE INDEX copy_dkim_status IF NOT EXISTS FOR (c:Copy) ON (c.dkimStatus);
