// name:        top-correspondents
// title:       Top correspondents of a person
// result:      table
// description: The people a person exchanged the most messages with, in both directions, with the
//              dates of their first and last message.
// param:       person person = "@top(1)" -- whose correspondents (default: the most active person)
// param:       limit int = 25 -- how many to list

MATCH (p:Person {id: $person})-[e:EMAILED]-(q:Person)
WHERE q <> p
WITH q,
     sum(CASE WHEN startNode(e) = p THEN e.count ELSE 0 END) AS sent,
     sum(CASE WHEN endNode(e) = p THEN e.count ELSE 0 END) AS received,
     min(e.first) AS first, max(e.last) AS last
RETURN q.name AS name, sent, received, sent + received AS total, toString(first) AS first, toString(last) AS last, q.id AS id
ORDER BY total DESC, id
LIMIT $limit
