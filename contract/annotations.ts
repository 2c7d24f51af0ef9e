/**
 * The analyst's own layer: notes, tags and bookmarks on persons, messages (and documents once the
 * graph holds them), with author and time (GET/POST /api/annotations, PUT/DELETE /api/annotations/:id),
 * and the case list, the bookmarked messages a story bundle can be built from (GET /api/case,
 * PUT/DELETE /api/case/:messageId).
 */
import { z } from 'zod';

import type { MessageSummary } from './common.js';

export const ANNOTATION_KINDS = ['note', 'tag', 'bookmark'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** What an annotation can be on. A person's notes follow its addresses through merges and re-ingest. */
export const ANNOTATION_TARGETS = ['person', 'message', 'document'] as const;
export type AnnotationTargetKind = (typeof ANNOTATION_TARGETS)[number];

/** The longest note, and the longest tag (a tag is a label, not a sentence). */
export const MAX_NOTE_CHARS = 20_000;
export const MAX_TAG_CHARS = 60;

export interface Annotation {
  id: string;
  kind: AnnotationKind;
  /** The note, or the tag; '' for a bookmark. */
  text: string;
  /** The analyst who wrote it (the server's configured analyst name) and when (ISO 8601). */
  author: string;
  at: string;
  updatedAt: string | null;
  updatedBy: string | null;
  target: { kind: AnnotationTargetKind; id: string; label: string } | null;
}

export const annotationTargetSchema = z.object({
  kind: z.enum(ANNOTATION_TARGETS),
  id: z.string().trim().min(1).max(1000),
});

/** GET /api/annotations?kind=person&id=p-…: everything on one person, message or document. */
export const annotationsQuerySchema = annotationTargetSchema;

const tagText = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'a tag is empty').max(MAX_TAG_CHARS, `a tag is at most ${MAX_TAG_CHARS} characters`));
const noteText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'a note is empty').max(MAX_NOTE_CHARS));

/** POST /api/annotations: a note or a tag on a target (adding a tag it already has changes nothing). */
export const createAnnotationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), target: annotationTargetSchema, text: noteText }),
  z.object({ kind: z.literal('tag'), target: annotationTargetSchema, text: tagText }),
]);
export type CreateAnnotation = z.infer<typeof createAnnotationSchema>;

/** PUT /api/annotations/:id: new text for a note. */
export const updateAnnotationSchema = z.object({ text: noteText });

export const annotationIdSchema = z.object({
  id: z.string().regex(/^a-[0-9a-f]{16}$/, 'expecting an annotation id (a-…)'),
});

/** A bookmarked message of the case list. */
export interface CaseEntry {
  message: MessageSummary;
  bookmark: Annotation;
  /** Its notes and tags, for the list and the bundle. */
  notes: number;
  tags: string[];
}

export interface TagCount {
  tag: string;
  count: number;
}

/** GET /api/analyst: the name notes are signed with (LEAKGRAPH_ANALYST, `serve --analyst`, or the OS user). */
export interface AnalystInfo {
  name: string;
}
