/**
 * Saved queries and ad-hoc Cypher, read-only:
 *   GET    /api/queries                 library + analyst queries
 *   GET    /api/queries/export.zip      the analyst's queries as .cypher files (header + query)
 *   GET    /api/queries/:name           one query
 *   GET    /api/queries/:name/cypher    one query as a .cypher file
 *   POST   /api/queries                 save an analyst query (refused unless it only reads)
 *   DELETE /api/queries/:name           delete an analyst query
 *   POST   /api/queries/:name/run       run with parameters
 *   POST   /api/cypher                  run ad-hoc Cypher
 * Running is bounded: a timeout the API keeps whatever Neo4j does, and a few queries at once (429).
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import yazl from 'yazl';
import { z } from 'zod';

import { HttpError } from '../errors.js';
import { formatQueryFile } from '../queries/header.js';
import { findLibraryQuery } from '../queries/library.js';
import { adHocParams } from '../queries/params.js';
import { assertReadOnly } from '../queries/guard.js';
import { type QueryRun, runReadOnly } from '../queries/run-query.js';
import { findSavedQuery, listSavedQueries, runSavedQuery } from '../queries/saved-queries.js';
import { deleteAnalystQuery, listAnalystQueries, saveAnalystQuery } from '../queries/store.js';
import {
  type QueryResult,
  type SavedQuery,
  cypherRequestSchema,
  runQuerySchema,
  saveQuerySchema,
} from '../../contract/index.js';

const nameSchema = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'expecting a query name') });

export function queriesRouter(driver: Driver, run: QueryRun = {}): Router {
  const router = Router();

  router.get('/queries', async (_req, res) => {
    const body: SavedQuery[] = await listSavedQueries(driver);
    res.json(body);
  });

  router.get('/queries/export.zip', async (_req, res) => {
    const queries = await listAnalystQueries(driver);
    const zip = new yazl.ZipFile();
    for (const q of queries) zip.addBuffer(Buffer.from(formatQueryFile(q)), `${q.name}.cypher`);
    zip.end();
    res.type('application/zip').attachment('leakgraph-queries.zip');
    zip.outputStream.pipe(res);
  });

  router.get('/queries/:name', async (req, res) => {
    const { name } = nameSchema.parse(req.params);
    res.json(await findSavedQuery(driver, name));
  });

  router.get('/queries/:name/cypher', async (req, res) => {
    const { name } = nameSchema.parse(req.params);
    const q = await findSavedQuery(driver, name);
    res.type('text/plain; charset=utf-8').attachment(`${q.name}.cypher`).send(formatQueryFile(q));
  });

  router.post('/queries', async (req, res) => {
    const request = saveQuerySchema.parse(req.body);
    if (findLibraryQuery(request.name))
      throw new HttpError(409, `"${request.name}" is a library query; choose another name`);
    await assertReadOnly(driver, request.cypher);
    const saved: SavedQuery = await saveAnalystQuery(driver, request);
    res.status(201).json(saved);
  });

  router.delete('/queries/:name', async (req, res) => {
    const { name } = nameSchema.parse(req.params);
    if (findLibraryQuery(name))
      throw new HttpError(
        409,
        `"${name}" is a library query (cypher/queries/${name}.cypher); it cannot be deleted here`,
      );
    if (!(await deleteAnalystQuery(driver, name))) throw new HttpError(404, `no saved query "${name}"`);
    res.status(204).end();
  });

  router.post('/queries/:name/run', async (req, res) => {
    const { name } = nameSchema.parse(req.params);
    const { params, limit } = runQuerySchema.parse(req.body ?? {});
    const body: QueryResult = await runSavedQuery(driver, name, params, { ...run, limit });
    res.json(body);
  });

  router.post('/cypher', async (req, res) => {
    const request = cypherRequestSchema.parse(req.body);
    const params = adHocParams(request.params) as Record<string, unknown>;
    const body: QueryResult = await runReadOnly(driver, request.cypher, params, {
      ...run,
      limit: request.limit,
      result: request.result,
    });
    res.json(body);
  });

  return router;
}
