/**
 * GET /api/export?format=… (and POST with a JSON body for long selections) — a subgraph chosen by
 * person ids, by a saved query, or by the /api/graph filters, as GEXF 1.3, GraphML, CSV (zip of
 * nodes.csv + edges.csv), graphology JSON, a Cypher script, or the story bundle (zip). Everything
 * streams. Nothing is cut silently: the limits that applied are in the file (description/README)
 * and in the X-Leakgraph-* response headers.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import type { Driver } from 'neo4j-driver';

import { caseSelection } from '../annotations/case-list.js';
import { withAnnotations } from '../annotations/export-annotations.js';
import type { ReadDocumentBytes, ReadRawCopy } from '../db/raw-source.js';
import { chooseMessages, writeBundle } from '../export/bundle.js';
import { edgesCsv, nodesCsv } from '../export/csv.js';
import { cypherScriptChunks } from '../export/cypher-script.js';
import { gexfChunks } from '../export/gexf.js';
import { graphmlChunks } from '../export/graphml.js';
import { graphJsonChunks } from '../export/json.js';
import { type ExportRequest, type Selection, selectSubgraph } from '../export/select.js';
import type { QueryRun } from '../queries/run-query.js';
import { ZipStream } from '../export/zip-stream.js';
import { exportBodySchema, exportQuerySchema } from '../../contract/index.js';

const FILES = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', name: 'leakgraph-graph.gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', name: 'leakgraph-graph.graphml' },
  json: { type: 'application/json; charset=utf-8', name: 'leakgraph-graph.json' },
  cypher: { type: 'text/plain; charset=utf-8', name: 'leakgraph-graph.cypher' },
  csv: { type: 'application/zip', name: 'leakgraph-graph-csv.zip' },
  bundle: { type: 'application/zip', name: 'leakgraph-bundle.zip' },
} as const;

function fromQuery(raw: unknown): ExportRequest {
  const q = exportQuerySchema.parse(raw);
  return {
    format: q.format,
    ids: q.ids,
    query: q.query,
    params: q.params,
    redact: q.redact,
    messages: q.messages,
    caseList: q.case,
    filter: q,
  };
}

function fromBody(raw: unknown): ExportRequest {
  const b = exportBodySchema.parse(raw);
  return {
    format: b.format,
    ids: b.ids,
    query: b.query,
    params: b.params,
    redact: b.redact,
    messages: b.messages,
    caseList: b.case,
    filter: b,
  };
}

/** The case list as an export selection: its messages to cite, and the persons on them as the graph. */
async function fromCase(driver: Driver): Promise<Pick<ExportRequest, 'ids' | 'messages' | 'query'>> {
  const { messages, persons } = await caseSelection(driver);
  return { ids: persons, messages, query: undefined };
}

function setLimitHeaders(res: Response, selection: Selection): void {
  res.set('X-Leakgraph-Nodes', String(selection.graph.attributes.nodeCount));
  res.set('X-Leakgraph-Edges', String(selection.graph.attributes.edgeCount));
  res.set('X-Leakgraph-Hidden-Persons', String(selection.graph.attributes.hiddenPersons));
  res.set('X-Leakgraph-Limited', selection.limits.length > 0 ? 'true' : 'false');
  if (selection.limits.length) res.set('X-Leakgraph-Limits', encodeURIComponent(selection.limits.join('; ')));
}

async function send(
  driver: Driver,
  reader: () => Promise<ReadRawCopy | null>,
  asked: ExportRequest,
  res: Response,
  run: QueryRun,
  documents: ReadDocumentBytes | null,
): Promise<void> {
  const request = asked.caseList ? { ...asked, ...(await fromCase(driver)) } : asked;
  const chosen = await selectSubgraph(driver, request, run);
  // The analyst's tags and notes ride along on the person nodes in every format.
  const selection = { ...chosen, graph: await withAnnotations(driver, chosen.graph) };
  const file = FILES[request.format];
  const description = [selection.description, ...selection.limits.map((l) => `LIMIT: ${l}`)].join(' — ');
  setLimitHeaders(res, selection);
  res.type(file.type).attachment(file.name);
  const stream = (chunks: Iterable<string>) => pipeline(Readable.from(chunks, { objectMode: false }), res);
  switch (request.format) {
    case 'gexf':
      return stream(gexfChunks(selection.graph, description));
    case 'graphml':
      return stream(graphmlChunks(selection.graph, description));
    case 'json':
      return stream(graphJsonChunks(selection.graph));
    case 'cypher':
      return stream(cypherScriptChunks(selection.graph, description));
    case 'csv': {
      const zip = new ZipStream();
      zip.addGenerated('nodes.csv', nodesCsv(selection.graph));
      zip.addGenerated('edges.csv', edgesCsv(selection.graph));
      zip.addText('README.txt', `${description}\n`);
      zip.end();
      return pipeline(zip.output, res);
    }
    case 'bundle': {
      const messages = await chooseMessages(driver, request, selection);
      res.set('X-Leakgraph-Messages-Total', String(messages.total));
      res.set('X-Leakgraph-Messages-Included', String(messages.ids.length));
      if (messages.total > messages.ids.length) res.set('X-Leakgraph-Limited', 'true');
      const zip = new ZipStream();
      const done = pipeline(zip.output, res);
      try {
        await writeBundle(driver, await reader(), documents, request, selection, messages, zip);
      } catch (error) {
        zip.output.destroy(error as Error);
        await done.catch(() => {});
        throw error;
      }
      zip.end();
      return done;
    }
  }
}

/** `documents` reads the bytes of the documents a story bundle carries (issue 12); null leaves them out, saying so. */
export function exportRouter(
  driver: Driver,
  reader: () => Promise<ReadRawCopy | null>,
  run: QueryRun = {},
  documents: ReadDocumentBytes | null = null,
): Router {
  const router = Router();
  router.get('/export', async (req, res) => send(driver, reader, fromQuery(req.query), res, run, documents));
  router.post('/export', async (req, res) => send(driver, reader, fromBody(req.body), res, run, documents));
  return router;
}
