/**
 * GET /api/persons/:id/neighbors — one hop out: the person, its strongest correspondents (either
 * direction, edges of at least minCount messages) and the EMAILED edges between the person and
 * them, in one query; with `among`, also the edges among the correspondents, so the client can
 * merge the neighbourhood into the graph it shows with its triangles; with `documents`, also the
 * documents the person sent or received (issue 12), as /api/graph draws them.
 */
import type { Driver } from 'neo4j-driver';

import type { DocumentAnomalyFilter, GraphResponse } from '../../contract/index.js';
import { int, readOne } from '../db/queries.js';
import { NotFoundError } from '../errors.js';
import { type EdgeColumns, toEdgeRows } from '../graph/columns.js';
import { documentPart } from '../graph/document-nodes.js';
import { emailedEdge, graphResponse } from '../graph/graph-response.js';
import { type NodeColumnsRow, nodesFromColumns, storedEdges } from '../graph/person-graph.js';

type NeighborhoodRow = NodeColumnsRow &
  Omit<EdgeColumns, 'sources' | 'targets'> & { matched: number; sourceIds: string[]; targetIds: string[] };

export async function loadNeighbors(
  driver: Driver,
  id: string,
  query: { minCount: number; limit: number; among: boolean; documents?: boolean; anomalies?: DocumentAnomalyFilter },
): Promise<GraphResponse> {
  const row = await readOne<NeighborhoodRow>(driver, 'person-neighborhood', {
    id,
    minCount: int(query.minCount),
    limit: int(query.limit),
  });
  if (!row) throw new NotFoundError(`no person ${id}`);
  const position = new Map(row.keys.map((key, i) => [key, i]));
  const documents = { documents: query.documents ?? false, anomalies: query.anomalies ?? 'all' };
  const [nodes, edges, carried] = await Promise.all([
    nodesFromColumns(driver, row),
    query.among
      ? storedEdges(driver, row.keys, query.minCount)
      : toEdgeRows(
          {
            ...row,
            sources: row.sourceIds.map((s) => position.get(s)!),
            targets: row.targetIds.map((t) => position.get(t)!),
          },
          row.keys,
        ),
    // The person's own documents: the expanded person is the one whose files the analyst asks about.
    documentPart(driver, [id], documents, null),
  ]);
  const shown = row.keys.length - 1;
  return graphResponse([...nodes, ...carried.nodes], [...edges.map(emailedEdge), ...carried.edges], {
    matchedPersons: row.matched,
    hiddenPersons: row.matched - shown,
    ...(documents.documents && { hiddenDocuments: carried.hidden }),
  });
}
