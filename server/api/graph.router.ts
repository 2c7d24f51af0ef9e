/**
 * GET /api/graph — the person-level who-talked-to-whom graph as graphology JSON. Answers are reused
 * while the database is unchanged (graph/graph-cache.ts); X-Leakgraph-Cache says hit or miss.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { GraphCache } from '../graph/graph-cache.js';
import { loadPersonGraph } from '../graph/person-graph.js';
import { type GraphResponse, graphQuerySchema } from './schemas.js';

export function graphRouter(driver: Driver): Router {
  const router = Router();
  const cache = new GraphCache(driver);
  router.get('/graph', async (req, res) => {
    const query = graphQuerySchema.parse(req.query);
    const key = JSON.stringify(query);
    const version = await cache.version();
    let json = cache.get(key, version);
    res.set('X-Leakgraph-Cache', json === undefined ? 'miss' : 'hit');
    if (json === undefined) {
      const body: GraphResponse = await loadPersonGraph(driver, query);
      json = JSON.stringify(body);
      cache.set(key, version, json);
    }
    res.type('application/json').send(json);
  });
  return router;
}
