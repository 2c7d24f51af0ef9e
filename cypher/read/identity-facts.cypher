// What identity resolution knows of the addresses $emails: kind, domain, display names with their
// counts, the keys stored by the last resolution (to find the addresses they grouped with then), and
// the person using each now.
UNWIND $emails AS email
MATCH (a:Address {email: email})
OPTIONAL MATCH (p:Person)-[:USES]->(a)
RETURN a.email AS email, a.kind AS kind, coalesce(a.domain, '') AS domain,
       coalesce(a.names, []) AS names, coalesce(a.nameCounts, []) AS nameCounts,
       a.orgNameKey AS orgNameKey, a.nameKeys AS nameKeys, p.id AS person
