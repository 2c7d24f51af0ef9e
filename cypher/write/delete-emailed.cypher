// First half of the person-level rebuild (rebuild-emailed.cypher is the second): every EMAILED edge
// touching a dirty person goes, in or out, before any is created again. Doing both halves per
// person instead would let a later person delete edges an earlier one had just rebuilt.
MATCH (p:Person {dirty: true})
CALL (p) {
  MATCH (p)-[e:EMAILED]-()
  DELETE e
} IN TRANSACTIONS OF 200 ROWS
