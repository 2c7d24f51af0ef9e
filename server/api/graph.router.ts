/**
 * GET /api/graph — the person-level who-talked-to-whom graph, as graphology JSON (every edge with
 * its details) or in the explorer's compact form (?form=compact: edges as columns of counts).
 * Answers are reused while the database is unchanged (graph/graph-cache.ts); X-Leakgraph-Cache
 * says hit or miss.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { type GraphCache } from '../graph/graph-cache.js';
import { loadCompactGraph, loadPersonGraph } from '../graph/person-graph.js';
import { graphRequestSchema } from '../../contract/index.js';

/** The graph for raw query parameters, from the cache when the database is unchanged. */
export function cachedGraph(driver: Driver, cache: GraphCache, params: unknown) {
  const { form, ...query } = graphRequestSchema.parse(params);
  return cache.getOrLoad(JSON.stringify({ form, ...query }), async () =>
    form === 'compact'
      ? JSON.stringify(await loadCompactGraph(driver, query))
      : JSON.stringify(await loadPersonGraph(driver, query)),
  );
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
