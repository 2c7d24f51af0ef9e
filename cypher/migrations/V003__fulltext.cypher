// Full-text search for the analyst. standard-folding drops accents, so "Francois" finds "François".
// Eventually consistent: the ingest commits without waiting for Lucene, searches catch up within seconds.
CREATE FULLTEXT INDEX message_text IF NOT EXISTS FOR (m:Message) ON EACH [m.subject, m.body]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person|Address) ON EACH [n.name, n.names, n.email]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
