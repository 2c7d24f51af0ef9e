/**
 * The case list: the messages the analyst bookmarked, with their notes and tags, and what a story
 * bundle built from it holds (those messages, and the persons who sent or received them).
 */
import type { Driver } from 'neo4j-driver';

import type { CaseEntry } from '../../contract/index.js';
import { readQuery, writeQuery } from '../db/queries.js';
import { HttpError, NotFoundError } from '../errors.js';
import { messageSummaries } from '../messages/summaries.js';
import { loadExportAnnotations } from './export-annotations.js';
import { annotate, annotationsById } from './store.js';

export async function loadCaseList(driver: Driver): Promise<CaseEntry[]> {
  const rows = await readQuery<{ message: string; bookmark: string }>(driver, 'case-list');
  const ids = rows.map((r) => r.message);
  const [summaries, bookmarks, annotations] = await Promise.all([
    messageSummaries(driver, ids),
    annotationsById(
      driver,
      rows.map((r) => r.bookmark),
    ),
    loadExportAnnotations(driver, [], ids),
  ]);
  const bookmarkOf = new Map(rows.map((r) => [r.message, bookmarks.find((b) => b.id === r.bookmark)]));
  return summaries.flatMap((message) => {
    const bookmark = bookmarkOf.get(message.id);
    const own = annotations.messages.get(message.id);
    return bookmark ? [{ message, bookmark, notes: own?.notes.length ?? 0, tags: own?.tags ?? [] }] : [];
  });
}

export async function addToCase(driver: Driver, messageId: string, author: string) {
  return annotate(driver, { kind: 'message', id: messageId }, 'bookmark', '', author);
}

export async function removeFromCase(driver: Driver, messageId: string): Promise<void> {
  const [row] = await writeQuery<{ deleted: number }>(driver, 'write/delete-bookmark', { message: messageId });
  if (!row || Number(row.deleted) === 0) throw new NotFoundError(`message ${messageId} is not on the case list`);
}

/** A story bundle from the case list: its messages, and the persons on them as the graph. */
export async function caseSelection(driver: Driver): Promise<{ messages: string[]; persons: string[] }> {
  const messages = (await readQuery<{ message: string }>(driver, 'case-list')).map((r) => r.message);
  if (messages.length === 0)
    throw new HttpError(400, 'the case list is empty: bookmark messages ("Add to case") before building its bundle');
  const persons = (await readQuery<{ id: string }>(driver, 'case-participants', { ids: messages })).map((r) => r.id);
  return { messages, persons };
}
