// name:        external-domains
// title:       External domains a person writes to
// result:      table
// description: The mail domains a person sent messages to, outside the domains of their own
//              addresses (and their subdomains): outside counsel, banks, partners, private accounts.
// param:       person person = "@top(1)" -- whose outgoing mail (default: the most active person)
// param:       limit int = 50 -- how many domains

MATCH (p:Person {id: $person})
WITH p, COLLECT { MATCH (p)-[:USES]->(own:Address) WHERE own.domain <> '' RETURN DISTINCT own.domain } AS ownDomains
MATCH (p)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(r:Address)
WHERE r.domain <> '' AND none(d IN ownDomains WHERE r.domain = d OR r.domain ENDS WITH '.' + d OR d ENDS WITH '.' + r.domain)
WITH r.domain AS domain, count(DISTINCT m) AS messages, count(DISTINCT r) AS addresses, min(m.date) AS first, max(m.date) AS last
RETURN domain, messages, addresses, toString(first) AS first, toString(last) AS last
ORDER BY messages DESC, domain
LIMIT $limit
