/**
 * GET /api/graph — the person-level who-talked-to-whom graph as graphology JSON. Answers are reused
 * while the database is unchanged (graph/graph-cache.ts); X-Leakgraph-Cache says hit or miss.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { type GraphCache } from '../graph/graph-cache.js';
import { loadPersonGraph } from '../graph/person-graph.js';
import { type GraphResponse, graphQuerySchema } from '../../contract/index.js';

/** The graph for raw query parameters, from the cache when the database is unchanged. */
export function cachedGraph(driver: Driver, cache: GraphCache, params: unknown) {
  const query = graphQuerySchema.parse(params);
  return cache.getOrLoad(JSON.stringify(query), async () => {
    const body: GraphResponse = await loadPersonGraph(driver, query);
    return JSON.stringify(body);
  });
}

export function graphRouter(driver: Driver, cache: GraphCache): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { json, hit } = await cachedGraph(driver, cache, req.query);
    res.set('X-Leakgraph-Cache', hit ? 'hit' : 'miss');
    res.type('application/json').send(json);
  });
  return router;
}
