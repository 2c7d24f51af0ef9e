// Lookups the ingest and the API make by something other than a key.
// Copy.messageId: the Message-ID header of each copy, for In-Reply-To/References threading and `leakgraph show`.
CREATE INDEX copy_message_id IF NOT EXISTS FOR (c:Copy) ON (c.messageId);
CREATE INDEX message_date IF NOT EXISTS FOR (m:Message) ON (m.date);
CREATE INDEX message_subject_key IF NOT EXISTS FOR (m:Message) ON (m.subjectKey);
CREATE INDEX address_domain IF NOT EXISTS FOR (a:Address) ON (a.domain);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX failure_run IF NOT EXISTS FOR (f:Failure) ON (f.run);
