// Analyst corrections to identity resolution (`leakgraph people merge|split`), kept in the graph
// so they survive re-ingest; and the person flag the derive step looks for.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX person_dirty IF NOT EXISTS FOR (p:Person) ON (p.dirty);
CREATE INDEX address_dirty IF NOT EXISTS FOR (a:Address) ON (a.dirty);
CREATE INDEX message_thread IF NOT EXISTS FOR (m:Message) ON (m.threadId);
