/**
 * GET /api/graph — the who-talked-to-whom graph as graphology JSON.
 */
import { Router } from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

import { readQuery } from '../db/queries.js';
import { type GraphEdgeAttributes, type GraphNodeAttributes, type GraphResponse, graphQuerySchema } from './schemas.js';

interface GraphRow extends Record<string, unknown> {
  nodes: ({ key: string } & GraphNodeAttributes)[];
  edges: ({ source: string; target: string } & GraphEdgeAttributes)[];
}

export function graphRouter(driver: Driver): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const query = graphQuerySchema.parse(req.query);
    const [row] = await readQuery<GraphRow>(driver, 'graph-addresses', { minCount: neo4j.int(query.minCount) });
    const nodes = row?.nodes ?? [];
    const edges = row?.edges ?? [];
    const body: GraphResponse = {
      attributes: { nodeCount: nodes.length, edgeCount: edges.length, matchedPersons: nodes.length, hiddenPersons: 0 },
      options: { type: 'directed', multi: false, allowSelfLoops: true },
      nodes: nodes.map(({ key, ...attributes }) => ({ key, attributes })),
      edges: edges.map(({ source, target, ...attributes }) => ({ key: `${source}->${target}`, source, target, attributes })),
    };
    res.json(body);
  });
  return router;
}
