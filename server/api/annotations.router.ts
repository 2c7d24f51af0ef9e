/**
 * The analyst's own layer (state-changing requests are POST/PUT/DELETE with JSON bodies):
 *   GET    /api/analyst                    the name notes are signed with
 *   GET    /api/annotations?kind=&id=      notes, tags and bookmark of a person, message or document
 *   GET    /api/annotations/tags           tags in use, with counts
 *   POST   /api/annotations                {target, kind: note|tag, text}
 *   PUT    /api/annotations/:id            {text}: edit a note
 *   DELETE /api/annotations/:id            remove a note or tag
 *   GET    /api/case                       the case list (bookmarked messages)
 *   PUT    /api/case/:messageId            add a message to it
 *   DELETE /api/case/:messageId            take it off
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { addToCase, loadCaseList, removeFromCase } from '../annotations/case-list.js';
import { annotate, annotationsOn, deleteAnnotation, updateAnnotation } from '../annotations/store.js';
import { readQuery } from '../db/queries.js';
import {
  type AnalystInfo,
  type Annotation,
  type CaseEntry,
  type TagCount,
  annotationIdSchema,
  annotationsQuerySchema,
  createAnnotationSchema,
  messageIdSchema,
  updateAnnotationSchema,
} from '../../contract/index.js';

export function annotationsRouter(driver: Driver, analyst: string): Router {
  const router = Router();
  router.get('/analyst', (_req, res) => {
    res.json({ name: analyst } satisfies AnalystInfo);
  });
  router.get('/annotations', async (req, res) => {
    const body: Annotation[] = await annotationsOn(driver, annotationsQuerySchema.parse(req.query));
    res.json(body);
  });
  router.get('/annotations/tags', async (_req, res) => {
    const body: TagCount[] = await readQuery<TagCount & Record<string, unknown>>(driver, 'annotation-tags');
    res.json(body);
  });
  router.post('/annotations', async (req, res) => {
    const request = createAnnotationSchema.parse(req.body);
    const { annotation, created } = await annotate(driver, request.target, request.kind, request.text, analyst);
    res.status(created ? 201 : 200).json(annotation);
  });
  router.put('/annotations/:id', async (req, res) => {
    const { id } = annotationIdSchema.parse(req.params);
    const { text } = updateAnnotationSchema.parse(req.body);
    res.json(await updateAnnotation(driver, id, text, analyst));
  });
  router.delete('/annotations/:id', async (req, res) => {
    const { id } = annotationIdSchema.parse(req.params);
    await deleteAnnotation(driver, id);
    res.status(204).end();
  });
  router.get('/case', async (_req, res) => {
    const body: CaseEntry[] = await loadCaseList(driver);
    res.json(body);
  });
  router.put('/case/:id', async (req, res) => {
    const { id } = messageIdSchema.parse(req.params);
    const { annotation, created } = await addToCase(driver, id, analyst);
    res.status(created ? 201 : 200).json(annotation);
  });
  router.delete('/case/:id', async (req, res) => {
    const { id } = messageIdSchema.parse(req.params);
    await removeFromCase(driver, id);
    res.status(204).end();
  });
  return router;
}
