// Person.domain (issue 13): what the explorer colours a person by — the host of the address they
// send from most among those with a domain, then the first by address, '' when none has one — is
// kept by the derive's counts (write/count-person-volumes.cypher, write/rebuild-person-counts.cypher) instead of
// being found by a walk over every shown person's addresses on each graph read. Graphs derived
// before get it here, once.
MATCH (p:Person) WHERE p.domain IS NULL
CALL (p) {
  SET p.domain = coalesce(COLLECT {
    MATCH (p)-[:USES]->(a:Address) WHERE a.domain <> ''
    RETURN a.domain ORDER BY COUNT { (a)-[:SENT]->() } DESC, a.email LIMIT 1
  }[0], '')
} IN TRANSACTIONS OF 5000 ROWS;
