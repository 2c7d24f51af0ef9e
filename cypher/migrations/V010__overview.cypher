// What the graph overview (/api/graph) reads precomputed, kept up to date by the derive step:
//   Person.volume            sent + received, for the top-N ranking (index-backed ORDER BY)
//   (:Person)-[:EMAILED_IN {month, count, to, cc, bcc, first, last}]->(:Person)
//                            EMAILED per calendar month (UTC, month = yyyy*100+mm): a window of whole
//                            months sums these instead of scanning messages
//   (:Person)-[:ACTIVE_IN {sent, received}]->(:Month {month})
//                            each person's volume per month: node sizes and ranking within a window
CREATE INDEX person_volume IF NOT EXISTS FOR (p:Person) ON (p.volume);
CREATE INDEX emailed_in_month IF NOT EXISTS FOR ()-[e:EMAILED_IN]-() ON (e.month);
CREATE CONSTRAINT month_key IF NOT EXISTS FOR (m:Month) REQUIRE m.month IS UNIQUE;
