/**
 * Notes, tags and bookmarks in Neo4j (cypher/write/annotate-*.cypher, read/annotations.cypher):
 * each signed with the analyst's name and the time. A tag or bookmark a target already has is not
 * added twice.
 */
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

import type { Annotation, AnnotationKind, AnnotationTargetKind } from '../../contract/index.js';
import { readQuery, writeQuery } from '../db/queries.js';
import { NotFoundError } from '../errors.js';

export interface Target {
  kind: AnnotationTargetKind;
  id: string;
}

// A document is keyed by its SHA-256 in lower-case hex; an analyst may paste it in capitals.
const keyOf = (target: Target): string => (target.kind === 'document' ? target.id.toLowerCase() : target.id);

type Row = Annotation & Record<string, unknown>;

const newId = () => `a-${randomBytes(8).toString('hex')}`;

export const annotationsOn = (driver: Driver, target: Target): Promise<Annotation[]> =>
  readQuery<Row>(driver, 'annotations', { ids: null, kind: target.kind, target: keyOf(target) });

export const annotationsById = (driver: Driver, ids: string[]): Promise<Annotation[]> =>
  ids.length ? readQuery<Row>(driver, 'annotations', { ids, kind: null, target: null }) : Promise.resolve([]);

export async function annotationById(driver: Driver, id: string): Promise<Annotation> {
  const [found] = await annotationsById(driver, [id]);
  if (!found) throw new NotFoundError(`no annotation ${id}`);
  return found;
}

/** Adds an annotation; for a tag or bookmark the target already has, returns that one (created: false). */
export async function annotate(
  driver: Driver,
  target: Target,
  kind: AnnotationKind,
  text: string,
  author: string,
): Promise<{ annotation: Annotation; created: boolean }> {
  if (kind !== 'note') {
    const same = (await annotationsOn(driver, target)).find(
      (a) => a.kind === kind && a.text.toLowerCase() === text.toLowerCase(),
    );
    if (same) return { annotation: same, created: false };
  }
  const id = newId();
  const rows = await writeQuery<{ id: string }>(driver, `write/annotate-${target.kind}`, {
    id,
    target: keyOf(target),
    kind,
    text,
    author,
  });
  if (rows.length === 0) throw new NotFoundError(`no ${target.kind} ${target.id}`);
  return { annotation: await annotationById(driver, id), created: true };
}

export async function updateAnnotation(driver: Driver, id: string, text: string, author: string): Promise<Annotation> {
  const rows = await writeQuery<{ id: string }>(driver, 'write/update-annotation', { id, text, author });
  if (rows.length === 0) throw new NotFoundError(`no annotation ${id}`);
  return annotationById(driver, id);
}

export async function deleteAnnotation(driver: Driver, id: string): Promise<void> {
  const [row] = await writeQuery<{ deleted: number }>(driver, 'write/delete-annotation', { id });
  if (!row || Number(row.deleted) === 0) throw new NotFoundError(`no annotation ${id}`);
}
