// name:        bridges
// title:       People bridging two communities
// result:      table
// description: People in touch with both of two communities, here two organisation domains (their
//              subdomains included), ranked by the weaker of the two ties: the ones who connect worlds
//              that otherwise talk little.
// param:       domainA string -- first community's domain (default: the most common domain)
// param:       domainB string -- second community's domain (default: the second most common)
// param:       limit int = 25 -- how many people

CALL () {
  MATCH (a:Address) WHERE a.domain <> ''
  RETURN a.domain AS domain, count(*) AS addresses
  ORDER BY addresses DESC, domain
  LIMIT 2
}
WITH collect(domain) AS common
WITH coalesce($domainA, common[0]) AS da, coalesce($domainB, common[1]) AS db
MATCH (x:Person)-[e:EMAILED]-(q:Person)
WHERE q <> x
WITH da, db, x, q, sum(e.count) AS messages
WITH da, db, x, q, messages,
     EXISTS { (q)-[:USES]->(c:Address) WHERE c.domain = da OR c.domain ENDS WITH '.' + da } AS inA,
     EXISTS { (q)-[:USES]->(c:Address) WHERE c.domain = db OR c.domain ENDS WITH '.' + db } AS inB
WHERE inA OR inB
WITH da, db, x,
     sum(CASE WHEN inA THEN messages ELSE 0 END) AS messagesA, count(CASE WHEN inA THEN 1 END) AS peopleA,
     sum(CASE WHEN inB THEN messages ELSE 0 END) AS messagesB, count(CASE WHEN inB THEN 1 END) AS peopleB
WHERE messagesA > 0 AND messagesB > 0
RETURN x.name AS name, da AS communityA, messagesA, peopleA, db AS communityB, messagesB, peopleB, x.id AS id
ORDER BY CASE WHEN messagesA < messagesB THEN messagesA ELSE messagesB END DESC, id
LIMIT $limit
