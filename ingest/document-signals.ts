/**
 * Cross-document signals (issue 12), after the document pass: for the documents it just read, the
 * documents given a new place (a new message carrying one, a loose copy), and the documents whose
 * editors' names are judged otherwise now (persons merged or split, a correspondent arrived), then
 * for their neighbours (the same editor's other documents, the other contents under the same
 * names — attachments, loose files and archive entries by base name): author and last editor linked to their Person or kept as an Alias (METADATA_PERSON), and
 * the cross-document anomalies judged (extract/document-signals/) and added to the reader's own;
 * the messages carrying them count their anomalous documents (Message.documentAnomalies).
 *
 * Marks in the graph (Document.signalsPending) carry the work: an interrupted run leaves them, the
 * next finishes. Judging again gives the same graph, so two ingests in parts end as one run does.
 */
import type { Driver } from 'neo4j-driver';

import { findBursts } from './extract/document-signals/edit-burst.js';
import type { EditorField, EditorJudgement } from './extract/document-signals/editor-names.js';
import { crossDocumentAnomalies, mergeAnomalies } from './extract/document-signals/cross-document.js';
import { isDistinctiveFileName } from './extract/document-signals/file-names.js';
import { type ScriptProfile, scriptProfile } from './extract/document-signals/script-profile.js';
import {
  type EditorLinkRow,
  type FactsRow,
  type OriginRow,
  type StoredEditorName,
  countReadDocuments,
  deleteOrphanAliases,
  markNames,
  markNeighbours,
  markStale,
  readEditorDocuments,
  readEditorNames,
  readFacts,
  readOrigins,
  readSameName,
  writeEditorLinks,
  writeSignalResults,
} from './write/document-signals.js';
import { correspondentId, readCorrespondents } from './write/entities.js';

// Documents per query and per write transaction.
const PAGE = 500;

export interface DocumentSignalsSummary {
  /** Documents whose editors were linked again. */
  linked: number;
  /** Documents whose cross-document anomalies were judged (those plus their neighbours). */
  judged: number;
  seconds: number;
}

type Judge = (name: string) => EditorJudgement | undefined;

const ADDRESS_PREFIX = correspondentId('');
const addressOf = (j: EditorJudgement) => (j.correspondent ? j.correspondent.slice(ADDRESS_PREFIX.length) : null);
const sameList = (a: readonly string[] | null, b: readonly string[]) => JSON.stringify(a ?? []) === JSON.stringify(b);

/** Whether a name's stored links say something else than judging it now does. */
function changed(stored: StoredEditorName, judge: Judge): boolean {
  const now = judge(stored.raw);
  if (!now) return true;
  return (
    stored.moved ||
    stored.address !== addressOf(now) ||
    stored.alias !== now.alias ||
    stored.correspondents !== now.correspondents ||
    !sameList(stored.foreign, now.foreign) ||
    stored.generic !== now.generic
  );
}

/** A document's editor links: last editor and author; the burst's editor is the last editor, else the author. */
function linkRow(origin: OriginRow, judge: Judge): EditorLinkRow {
  const fields: [EditorField, string | null][] = [
    ['lastModifiedBy', origin.lastModifiedBy],
    ['author', origin.author],
  ];
  const links: EditorLinkRow['links'] = [];
  for (const [field, name] of fields) {
    const j = name ? judge(name) : undefined;
    if (!j) continue;
    links.push({
      field,
      raw: j.raw,
      editor: links.length === 0,
      scripts: j.scripts,
      correspondents: j.correspondents,
      foreign: j.foreign,
      generic: j.generic,
      address: addressOf(j),
      alias: j.alias,
    });
  }
  return { sha256: origin.sha256, links };
}

const distinctive = (names: string[]) => [...new Set(names.filter(isDistinctiveFileName))];

/** Links the editors of the documents due for themselves, marking their neighbours before and after. */
async function linkOrigins(driver: Driver, judge: Judge): Promise<number> {
  let linked = 0;
  let after = '';
  for (;;) {
    const page = await readOrigins(driver, after, PAGE);
    if (page.length === 0) return linked;
    after = page.at(-1)!.sha256;
    const shas = page.map((o) => o.sha256);
    await markNeighbours(driver, shas, distinctive(page.flatMap((o) => o.names)));
    await writeEditorLinks(
      driver,
      page.map((o) => linkRow(o, judge)),
    );
    await markNeighbours(driver, shas, []);
    linked += page.length;
  }
}

/** The editor a document's burst is judged for: 'person:<id>' or 'alias:<name>'. */
function editorKey(row: FactsRow): { key: string; raw: string } | undefined {
  const link = row.editors.find((e) => e.editor);
  if (!link) return undefined;
  return { key: link.person ? `person:${link.person}` : `alias:${link.alias}`, raw: link.raw };
}

async function judgePage(
  driver: Driver,
  page: FactsRow[],
  profile: ScriptProfile,
  hasCorrespondents: boolean,
): Promise<void> {
  const editors = page.map(editorKey);
  const persons = new Set<string>();
  const aliases = new Set<string>();
  for (const e of editors) {
    if (e?.key.startsWith('person:')) persons.add(e.key.slice('person:'.length));
    else if (e) aliases.add(e.key.slice('alias:'.length));
  }
  const byEditor = await readEditorDocuments(driver, [...persons], [...aliases]);
  const bursts = new Map([...byEditor].map(([key, docs]) => [key, findBursts(docs)]));
  const hashes = await readSameName(driver, distinctive(page.flatMap((r) => r.names)));
  const rows = page.map((row, i) => {
    const editor = editors[i];
    const burst = editor ? bursts.get(editor.key)?.find((b) => b.documents.includes(row.sha256)) : undefined;
    const cross = crossDocumentAnomalies({
      sha256: row.sha256,
      editors: row.editors.map((e) => ({
        field: e.field as EditorField,
        judgement: {
          raw: e.raw,
          correspondent: e.person,
          alias: e.alias,
          correspondents: e.correspondents,
          scripts: e.scripts ?? [],
          foreign: e.foreign ?? [],
          generic: !!e.generic,
        },
      })),
      modified: row.modified === null ? null : new Date(row.modified).toISOString(),
      firstSent: row.firstSent
        ? { date: new Date(row.firstSent.date).toISOString(), message: row.firstSent.message }
        : null,
      burst: burst && editor ? { ...burst, editor: editor.raw } : null,
      sameName: distinctive(row.names).map((name) => ({ name, copies: hashes.get(name) ?? [] })),
      hasCorrespondents,
      profile,
    });
    return { sha256: row.sha256, ...mergeAnomalies(row.anomaliesJson, cross) };
  });
  await writeSignalResults(driver, rows);
}

export async function runDocumentSignals(driver: Driver): Promise<DocumentSignalsSummary> {
  const started = performance.now();
  const summary: DocumentSignalsSummary = { linked: 0, judged: 0, seconds: 0 };
  if ((await countReadDocuments(driver)) === 0) return summary;
  const correspondents = await readCorrespondents(driver);
  // The gazetteer loads the name lexicons and the tagger (seconds of start-up): only when there are
  // documents to judge, so that mail-only runs, and a few new mails, do not pay for it.
  const { buildEditorIndex, judgeEditor } = await import('./extract/document-signals/editor-names.js');
  const index = buildEditorIndex(correspondents);
  const profile = scriptProfile(correspondents.map((c) => c.names));
  const judge: Judge = (name) => judgeEditor(name, index, profile);

  // What changed since the last run besides the documents read and placed: links lost, names judged
  // otherwise now, documents judged by an older version.
  await markStale(driver);
  const stale = (await readEditorNames(driver)).filter((row) => changed(row, judge));
  await markNames(driver, [...new Set(stale.map((r) => r.raw))]);

  summary.linked = await linkOrigins(driver, judge);
  let after = '';
  for (;;) {
    const page = await readFacts(driver, after, PAGE);
    if (page.length === 0) break;
    after = page.at(-1)!.sha256;
    await judgePage(driver, page, profile, correspondents.length > 0);
    summary.judged += page.length;
  }
  await deleteOrphanAliases(driver);
  summary.seconds = Math.round(performance.now() - started) / 1000;
  return summary;
}
