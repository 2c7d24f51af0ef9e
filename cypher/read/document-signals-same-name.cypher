// Per name in $names: every content found under it (not inline), as an attachment or a loose file.
UNWIND $names AS name
CALL (name) {
  MATCH (:Message)-[h:HAS_ATTACHMENT {name: name}]->(o:Document) WHERE NOT coalesce(h.inline, false)
  RETURN o.sha256 AS sha256
  UNION
  MATCH (o:Document)-[:FOUND_IN {name: name}]->(:File)
  RETURN o.sha256 AS sha256
}
RETURN name, collect(sha256) AS hashes
