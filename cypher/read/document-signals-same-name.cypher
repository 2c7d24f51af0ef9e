// Per name in $names: every content found under it (not inline) and where — an attachment (its
// message and part), a loose file (path and archive entries), an archive document's entry (its
// archive and entry label, named by the entry's base name). Each branch is a seek on a relationship
// index (has_attachment_name, found_in_name, contains_name): the cost follows the copies of these
// names, not the size of the graph.
UNWIND $names AS name
CALL (name) {
  MATCH (m:Message)-[h:HAS_ATTACHMENT {name: name}]->(o:Document) WHERE NOT coalesce(h.inline, false)
  RETURN o.sha256 AS sha256, {kind: 'attachment', message: m.id, messageId: m.messageId, part: h.part} AS place
  UNION
  MATCH (o:Document)-[:FOUND_IN {name: name}]->(f:File)
  RETURN o.sha256 AS sha256, {kind: 'file', path: f.path, entries: f.entries} AS place
  UNION
  MATCH (a:Document)-[x:CONTAINS {name: name}]->(o:Document)
  RETURN o.sha256 AS sha256, {kind: 'archive-entry', archive: a.sha256, archiveName: a.name, entry: x.entry} AS place
}
RETURN name, collect({sha256: sha256, place: place}) AS copies
