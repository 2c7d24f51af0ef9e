// $rows: [{sha256, links: [{field, raw, editor, scripts, correspondents, foreign, generic, address,
// alias}]}]: a document's author and last editor as judged (ingest/extract/document-signals/
// editor-names.ts). A name that is one correspondent's links to the Person using that address; any
// other is kept as an (:Alias {name}) — evidence, shared by every document naming it. The old
// links go first, so judging again leaves exactly the new ones. The document's signals follow.
UNWIND $rows AS row
MATCH (d:Document {sha256: row.sha256})
CALL (d) {
  MATCH (d)-[old:METADATA_PERSON]->()
  DELETE old
}
CALL (d, row) {
  UNWIND row.links AS link
  CALL (d, link) {
    WITH link WHERE link.address IS NOT NULL
    MATCH (:Address {email: link.address})<-[:USES]-(p:Person)
    CREATE (d)-[:METADATA_PERSON {
      field: link.field, raw: link.raw, editor: link.editor, scripts: link.scripts, address: link.address,
      correspondents: link.correspondents, foreign: link.foreign, generic: link.generic
    }]->(p)
  }
  CALL (d, link) {
    WITH link WHERE link.alias IS NOT NULL
    MERGE (a:Alias {name: link.alias})
    CREATE (d)-[:METADATA_PERSON {
      field: link.field, raw: link.raw, editor: link.editor, scripts: link.scripts,
      correspondents: link.correspondents, foreign: link.foreign, generic: link.generic
    }]->(a)
  }
}
SET d.signalsPending = 'linked'
