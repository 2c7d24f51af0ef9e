// Entity extraction (issue 4): the second pass of the ingest finds messages not yet read (no
// Message.lang) and messages whose mentioned persons must be linked again.
CREATE INDEX message_mentions_dirty IF NOT EXISTS FOR (m:Message) ON (m.mentionsDirty);
CREATE INDEX entity_dirty IF NOT EXISTS FOR (e:Entity) ON (e.dirty);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX message_lang IF NOT EXISTS FOR (m:Message) ON (m.lang);
