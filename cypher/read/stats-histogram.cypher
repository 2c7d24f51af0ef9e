// GET /api/stats: messages per month (the sender's own calendar), for the time-range brush.
MATCH (m:Message) WHERE m.date IS NOT NULL
WITH m.date.year AS year, m.date.month AS month, count(*) AS messages
RETURN year, month, messages
ORDER BY year, month
