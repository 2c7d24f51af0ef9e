// Incremental derive (issue 13): the marks that carry what a run touched from the batches to the
// derive step (ingest/write/derive.ts), each cleared once what depends on it is recomputed, so an
// interrupted run is completed by the next one. Also the lookups the touched-only steps make.
//   Message.pending         created, or given a new copy, since the last derive (threads, signals, status)
//   Message.uncounted       created and not yet added to the per-pair and per-person counts
//   Message.entityPending   not yet read by the entity pass, or to be read again (persons it names changed)
//   Address.rebuild         its counts must be rebuilt from the messages (a copy revealed a BCC recipient)
//   Person.dirty (V004)     its addresses changed: its counts are rebuilt; Person.renamed: its names changed
// A derive stamps the marks it works on with its id, so marks an ingest sets meanwhile wait for the next.
CREATE INDEX message_pending IF NOT EXISTS FOR (m:Message) ON (m.pending);
CREATE INDEX message_uncounted IF NOT EXISTS FOR (m:Message) ON (m.uncounted);
CREATE INDEX message_entity_pending IF NOT EXISTS FOR (m:Message) ON (m.entityPending, m.id);
CREATE INDEX message_rethread IF NOT EXISTS FOR (m:Message) ON (m.rethread);
CREATE INDEX message_relink IF NOT EXISTS FOR (m:Message) ON (m.relink);
CREATE INDEX address_rebuild IF NOT EXISTS FOR (a:Address) ON (a.rebuild);
CREATE INDEX person_renamed IF NOT EXISTS FOR (p:Person) ON (p.renamed);
// Identity resolution reads only the addresses a change can reach: same full name at the same
// organisation (orgNameKey), and the owners of a name a name-only sender goes by (nameKeys, a list:
// full-text with the keyword analyzer matches one element exactly).
CREATE INDEX address_org_name_key IF NOT EXISTS FOR (a:Address) ON (a.orgNameKey);
CREATE FULLTEXT INDEX address_name_keys IF NOT EXISTS FOR (a:Address) ON EACH [a.nameKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
// Replies waiting for a parent: the messages that cite a Message-ID (In-Reply-To, References), found
// exactly (keyword analyzer, case-sensitive) when a message with that id arrives.
CREATE FULLTEXT INDEX message_citations IF NOT EXISTS FOR (m:Message) ON EACH [m.inReplyTo, m.references]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
// One derive at a time (ingest/write/derive/derive-lock.ts holds a write lock on this node while it
// runs), and the version of the derived data, so a graph derived by an older leakgraph is derived whole once.
CREATE CONSTRAINT derive_state_id IF NOT EXISTS FOR (d:DeriveState) REQUIRE d.id IS UNIQUE;
