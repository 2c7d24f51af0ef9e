// A part of a split ingest (`ingest --part I/N`) starts. The parts of one dump share a (:PartGroup)
// ($key: the part count and the names of the folders given); when the previous round of parts all
// finished, a new round begins.
MERGE (g:PartGroup {key: $key})
  ON CREATE SET g.count = $count, g.done = []
SET g.done = CASE WHEN size(g.done) >= g.count THEN [] ELSE g.done END
