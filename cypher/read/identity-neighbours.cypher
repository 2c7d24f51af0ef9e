// Addresses one step from $emails in the evidence identity resolution uses: the other addresses of
// their persons now, and Exchange DN pairings (SAME_AS) either way.
UNWIND $emails AS email
MATCH (a:Address {email: email})
CALL (a) {
  MATCH (a)<-[:USES]-(:Person)-[:USES]->(b:Address)
  RETURN b.email AS neighbour
  UNION
  MATCH (a)-[:SAME_AS]-(b:Address)
  RETURN b.email AS neighbour
}
RETURN DISTINCT neighbour
