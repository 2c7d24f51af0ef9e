// First half of the person-level rebuild (rebuild-person-counts.cypher is the second): every count
// edge touching a dirty person goes, in or out (EMAILED, EMAILED_IN, ACTIVE_IN), before any is
// created again. Doing both halves per person instead would let a later person delete edges an
// earlier one had just rebuilt. Auto-commit.
MATCH (p:Person {dirty: true})
CALL (p) {
  MATCH (p)-[e:EMAILED|EMAILED_IN|ACTIVE_IN]-()
  DELETE e
} IN TRANSACTIONS OF 200 ROWS
