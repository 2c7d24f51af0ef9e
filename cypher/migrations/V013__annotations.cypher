// The analyst's own layer (issue 15): notes, tags and bookmarks (the case list), each an Annotation
// with author and time, ABOUT what it is on: a Message, the Addresses of a person (person ids change
// when persons merge; addresses do not, so a note stays with the person through corrections and
// re-ingest), or a Document once the graph holds them. Searchable at once (not eventually
// consistent: an analyst looks for the note just written).
CREATE CONSTRAINT annotation_id IF NOT EXISTS FOR (n:Annotation) REQUIRE n.id IS UNIQUE;
CREATE INDEX annotation_kind IF NOT EXISTS FOR (n:Annotation) ON (n.kind);
CREATE FULLTEXT INDEX annotation_text IF NOT EXISTS FOR (n:Annotation) ON EACH [n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
