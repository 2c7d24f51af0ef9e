// The address-level who-talked-to-whom graph: every WROTE_TO edge with at least $minCount
// messages, and the addresses at its ends with their message volume.
MATCH (a:Address)-[w:WROTE_TO]->(b:Address)
WHERE w.count >= $minCount
WITH collect(w) AS edges, collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS nodes
RETURN
  [n IN nodes | {
    key: n.email,
    label: coalesce(n.name, n.email),
    kind: n.kind,
    domain: n.domain,
    sent: COUNT { (n)-[:SENT]->() },
    received: COUNT { ()-[:TO|CC|BCC]->(n) }
  }] AS nodes,
  [w IN edges | {
    source: startNode(w).email,
    target: endNode(w).email,
    count: w.count, to: w.to, cc: w.cc, bcc: w.bcc,
    first: toString(w.first), last: toString(w.last)
  }] AS edges
