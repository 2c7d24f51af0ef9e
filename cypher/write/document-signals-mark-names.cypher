// $raws: names (METADATA_PERSON.raw) judged otherwise than before (another person, now a
// correspondent, no longer one, another script profile): their documents' signals again.
UNWIND $raws AS raw
MATCH (d:Document)-[:METADATA_PERSON {raw: raw}]->()
SET d.signalsPending = coalesce(d.signalsPending, 'renamed')
