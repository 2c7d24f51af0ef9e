// name:        ego-network
// title:       A person's circle
// result:      graph
// description: A person, the people they exchanged at least `minCount` messages with, and who among
//              those wrote to each other.
// param:       person person = "@top(1)" -- whose circle (default: the most active person)
// param:       minCount int = 2 -- weakest tie shown
// param:       limit int = 50 -- most people in the circle

MATCH (p:Person {id: $person})-[e:EMAILED]-(q:Person)
WHERE q <> p
// Both directions together: 1 message each way is a tie of 2.
WITH p, q, sum(e.count) AS total
WHERE total >= $minCount
ORDER BY total DESC, q.id
LIMIT $limit
WITH p, collect(q) AS circle
WITH [p] + circle AS people
UNWIND people AS x
MATCH (x)-[e:EMAILED]->(y:Person)
WHERE y IN people AND e.count >= $minCount
RETURN x, e, y
