// Every document last saved by each editor ($persons ids, $aliases names) with a modification date:
// its hash and dates (epoch ms), to find the editor's edit bursts. An object known only as embedded in
// another document (CONTAINS entry '/object …' under a generic name, so no name on the link: a
// workbook in a report, ingest/read/embedded-objects.ts) is saved with its container: one save,
// counted once, as the container. A file packaged or attached under its own name was saved on its own.
CALL () {
  UNWIND $persons AS id
  MATCH (:Person {id: id})<-[:METADATA_PERSON {editor: true}]-(o:Document)
  RETURN 'person:' + id AS editor, o
  UNION
  UNWIND $aliases AS name
  MATCH (:Alias {name: name})<-[:METADATA_PERSON {editor: true}]-(o:Document)
  RETURN 'alias:' + name AS editor, o
}
WITH editor, o WHERE o.state = 'read' AND o.modified IS NOT NULL
  AND (EXISTS { (:Message)-[:HAS_ATTACHMENT]->(o) } OR EXISTS { (o)-[:FOUND_IN]->(:File) }
       OR EXISTS { MATCH (:Document)-[x:CONTAINS]->(o) WHERE NOT x.entry STARTS WITH '/object ' OR x.name IS NOT NULL })
RETURN editor, collect({sha256: o.sha256, modified: o.modified.epochMillis, created: o.created.epochMillis}) AS documents
