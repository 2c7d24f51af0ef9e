/**
 * GET /api/documents (search), /api/documents/:sha256 (detail), …/spread (who had it when) and
 * …/raw (the original bytes, re-read from a loose file or the message part and checked against the hash).
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import type { ReadDocumentBytes } from '../db/raw-source.js';
import { documentName, loadDocumentDetail, loadDocumentSpread } from '../documents/document-detail.js';
import { searchDocuments } from '../documents/document-search.js';
import { HttpError, NotFoundError } from '../errors.js';
import {
  type DocumentDetail,
  type DocumentSearchResponse,
  type DocumentSpread,
  documentSearchSchema,
  documentShaSchema,
} from '../../contract/index.js';

export type ReadDocument = ReadDocumentBytes;

// Names in Content-Disposition: the browser's save dialog, not a path.
const safeName = (name: string, sha256: string) => name.replace(/[/\\]|\p{Cc}/gu, '_') || `${sha256}.bin`;

export function documentsRouter(driver: Driver, readDocument: ReadDocument): Router {
  const router = Router();
  router.get('/documents', async (req, res) => {
    const body: DocumentSearchResponse = await searchDocuments(driver, documentSearchSchema.parse(req.query));
    res.json(body);
  });
  router.get('/documents/:sha256', async (req, res) => {
    const { sha256 } = documentShaSchema.parse(req.params);
    const body: DocumentDetail = await loadDocumentDetail(driver, sha256);
    res.json(body);
  });
  router.get('/documents/:sha256/spread', async (req, res) => {
    const { sha256 } = documentShaSchema.parse(req.params);
    const body: DocumentSpread = await loadDocumentSpread(driver, sha256);
    res.json(body);
  });
  router.get('/documents/:sha256/raw', async (req, res) => {
    const { sha256 } = documentShaSchema.parse(req.params);
    const found = await readDocument(driver, sha256);
    if (!found) throw new NotFoundError(`no document ${sha256}`);
    // 409: the graph knows the document, but no place it was found in still holds these bytes.
    if (!found.ok) throw new HttpError(409, `the original bytes are unavailable: ${found.problem}`);
    const name = await documentName(driver, sha256);
    res
      .type('application/octet-stream')
      .attachment(safeName(name, sha256))
      .set('X-Content-SHA256', sha256)
      .set('X-Leakgraph-Source', encodeURIComponent(found.from))
      .send(Buffer.from(found.bytes));
  });
  return router;
}
