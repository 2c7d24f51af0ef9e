// name:        after-hours
// title:       After-hours and weekend messages
// result:      table
// description: Messages written outside working hours or on a weekend, by the sender's own clock (the
//              Date header's offset): late-night decisions, weekend scrambles.
// param:       person person -- only messages this person sent (default: everyone)
// param:       startHour int = 8 -- working day starts (local hour)
// param:       endHour int = 19 -- working day ends (local hour)
// param:       limit int = 200 -- how many messages at most

MATCH (a:Address)-[:SENT]->(m:Message)
WHERE m.date IS NOT NULL
  AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:USES]->(a) })
  AND (m.date.hour < $startHour OR m.date.hour >= $endHour OR m.date.dayOfWeek >= 6)
RETURN toString(m.date) AS date,
       CASE WHEN m.date.dayOfWeek >= 6 THEN 'weekend' ELSE 'after hours' END AS kind,
       coalesce(a.name, a.email) AS from, m.subject AS subject, m.id AS messageId
ORDER BY m.date, m.id
LIMIT $limit
