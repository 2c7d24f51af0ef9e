// Every name documents' metadata gives as author or last editor, with what it was last judged to be
// (the METADATA_PERSON link: its person's address or its alias, how many correspondents it matched,
// its foreign scripts, generic or not) and whether that person still uses the address — a merge or
// split since moves addresses. ingest/document-signals.ts judges each name again and marks the
// documents of those whose judgement changed.
MATCH (:Document)-[r:METADATA_PERSON]->(t)
RETURN DISTINCT r.raw AS raw,
       CASE WHEN t:Person THEN r.address END AS address,
       CASE WHEN t:Alias THEN t.name END AS alias,
       r.correspondents AS correspondents, r.foreign AS foreign, r.generic AS generic,
       t:Person AND NOT EXISTS { (t)-[:USES]->(:Address {email: r.address}) } AS moved
