/**
 * ⑦ JSON → view: the analyst's notes, tags and case list (server/api/annotations.router.ts).
 */
import type { AnalystInfo, Annotation, AnnotationTargetKind, CaseEntry, TagCount } from '../../../contract/index.js';
import { getJson, query, sendJson } from './client.js';

const enc = encodeURIComponent;

export interface Target {
  kind: AnnotationTargetKind;
  id: string;
}

export const fetchAnalyst = () => getJson<AnalystInfo>('api/analyst');

export const fetchAnnotations = (target: Target) =>
  getJson<Annotation[]>(`api/annotations${query({ kind: target.kind, id: target.id })}`);

export const fetchTags = () => getJson<TagCount[]>('api/annotations/tags');

export const addNote = (target: Target, text: string) =>
  sendJson<Annotation>('POST', 'api/annotations', { target, kind: 'note', text });

export const addTag = (target: Target, text: string) =>
  sendJson<Annotation>('POST', 'api/annotations', { target, kind: 'tag', text });

export const editNote = (id: string, text: string) =>
  sendJson<Annotation>('PUT', `api/annotations/${enc(id)}`, { text });

export const removeAnnotation = (id: string) => sendJson<null>('DELETE', `api/annotations/${enc(id)}`);

export const fetchCase = () => getJson<CaseEntry[]>('api/case');

export const addToCase = (messageId: string) => sendJson<Annotation>('PUT', `api/case/${enc(messageId)}`);

export const removeFromCase = (messageId: string) => sendJson<null>('DELETE', `api/case/${enc(messageId)}`);

/** The story bundle of the case list (its messages and the persons on them), as a download link. */
export const caseBundleUrl = () => `api/export${query({ format: 'bundle', case: true })}`;
