// What the analyst's API needs beyond the ingest's schema:
// - analysts' own saved queries, one per name (library queries live in cypher/queries/*.cypher);
// - full-text search over mentioned entities (GET /api/search), named like the other search indexes;
// - lookups of messages by verification status (the verification saved query, /api/stats).
CREATE CONSTRAINT saved_query_name IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.name IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
CREATE INDEX message_status IF NOT EXISTS FOR (m:Message) ON (m.status);
