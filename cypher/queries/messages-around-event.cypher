// name:        messages-around-event
// title:       Messages in a date window around an event
// result:      table
// description: Every message dated within some days before and after a moment, oldest first, with
//              sender and subject. Without a date, the busiest day of the corpus is the event.
// param:       at datetime -- the event, e.g. 2001-10-16T09:00:00-05:00 (default: the busiest day, noon UTC)
// param:       days int = 3 -- days before and after
// param:       limit int = 200 -- how many messages at most

OPTIONAL CALL () {
  MATCH (m:Message) WHERE $at IS NULL AND m.date IS NOT NULL
  WITH date(m.date) AS day, count(*) AS n
  RETURN day ORDER BY n DESC, day LIMIT 1
}
WITH coalesce(datetime($at), datetime({date: day, hour: 12, timezone: 'Z'})) AS at
MATCH (m:Message)
WHERE m.date >= at - duration({days: $days}) AND m.date <= at + duration({days: $days})
OPTIONAL MATCH (a:Address)-[:SENT]->(m)
RETURN toString(m.date) AS date, coalesce(a.name, a.email) AS from, m.subject AS subject,
       COUNT { (m)-[:TO|CC|BCC]->() } AS recipients, toString(at) AS event, m.id AS messageId
ORDER BY m.date, m.id
LIMIT $limit
