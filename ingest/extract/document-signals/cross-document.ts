/**
 * ③ extract (document signals, issue 12): the cross-document anomalies of one document, from what
 * the graph says about it and its neighbours — its editors as judged (editor-names.ts), the burst
 * its editor's saves fall in (edit-burst.ts), the first message that carried it, the other
 * contents found under its names — each with a plain-language explanation and its evidence by
 * field. Merged with the per-document anomalies the reader found (checks/), which are kept. Pure.
 */
import type { Burst } from './edit-burst.js';
import type { EditorField, EditorJudgement } from './editor-names.js';
import { type NamedCopy, copiesEvidence } from './file-copies.js';
import { type ScriptProfile, describeProfile } from './script-profile.js';

export const CROSS_DOCUMENT_KINDS = [
  'editor-foreign-script',
  'editor-not-correspondent',
  'edit-burst',
  'modified-after-sent',
  'same-name-different-hash',
] as const;
export type CrossDocumentKind = (typeof CROSS_DOCUMENT_KINDS)[number];

/** An anomaly as Document.anomaliesJson stores it (document-rows.ts): evidence by field. */
export interface StoredAnomaly {
  kind: string;
  explanation: string;
  evidence: Record<string, unknown>;
}

// Clocks and time zones: Office writes local time into some fields, a message's Date is the
// sender's clock. A day covers every UTC offset (±14 h) with room for a wrong clock.
export const SENT_TOLERANCE_MS = 24 * 3600_000;
// Other hashes named in the evidence of same-name-different-hash.
const MAX_OTHER_HASHES = 10;

export interface DocumentFacts {
  sha256: string;
  editors: { field: EditorField; judgement: EditorJudgement }[];
  /** ISO instant of the last modification the metadata claims, or null. */
  modified: string | null;
  /** The earliest message that carried it (by its Date), or null for documents never mailed. */
  firstSent: { date: string; message: string } | null;
  /** The burst its editor's saves fall in, with the editor's name as written. */
  burst: (Burst & { editor: string }) | null;
  /**
   * Per name it was found under (attachment, loose file, archive entry's base name): every content
   * found under that same name, this one included, with where.
   */
  sameName: { name: string; copies: NamedCopy[] }[];
  /** Whether the corpus has correspondents at all (else "no correspondent" says nothing). */
  hasCorrespondents: boolean;
  profile: ScriptProfile;
}

const FIELD_WORDS: Record<EditorField, string> = { author: 'author', lastModifiedBy: 'last editor' };
const iso = (ms: number) => new Date(ms).toISOString();

function editorAnomalies(facts: DocumentFacts): StoredAnomaly[] {
  const out: StoredAnomaly[] = [];
  const foreign = facts.editors.filter((e) => e.judgement.foreign.length > 0);
  if (foreign.length)
    out.push({
      kind: 'editor-foreign-script',
      explanation: `${foreign
        .map(
          (e, i) =>
            `${i ? 'the' : 'The'} ${FIELD_WORDS[e.field]} recorded in the document, "${e.judgement.raw}", is written in ${e.judgement.foreign.join(' and ')} script`,
        )
        .join(
          '; ',
        )}, which fewer than 1 in 20 of the corpus's ${facts.profile.persons} named correspondents use (${describeProfile(facts.profile)}). Someone outside the correspondents' circle, writing in another language, edited or made the file — or the name was set on purpose.`,
      evidence: Object.fromEntries([
        ...foreign.map((e) => [e.field, e.judgement.raw]),
        ...foreign.map((e) => [`${e.field}Scripts`, e.judgement.scripts]),
        ['correspondentScripts', describeProfile(facts.profile)],
      ]),
    });
  const outsiders = facts.hasCorrespondents
    ? facts.editors.filter((e) => e.judgement.correspondents === 0 && !e.judgement.generic)
    : [];
  if (outsiders.length)
    out.push({
      kind: 'editor-not-correspondent',
      // Two editors are one sentence: "The author …, and the last editor …, match no correspondent".
      explanation: `${outsiders
        .map((e, i) => `${i ? 'the' : 'The'} ${FIELD_WORDS[e.field]} recorded in the document, "${e.judgement.raw}",`)
        .join(
          ' and ',
        )} ${outsiders.length > 1 ? 'match' : 'matches'} no correspondent of the corpus (names compared as the headers write them, case, accents and "Last, First" folded). The file passed through someone who does not write in these mails — a colleague, a contractor, a template's owner, or an account name.`,
      evidence: Object.fromEntries(outsiders.map((e) => [e.field, e.judgement.raw])),
    });
  return out;
}

function burstAnomaly(burst: NonNullable<DocumentFacts['burst']>): StoredAnomaly {
  const minutes = Math.max(1, Math.round((burst.last - burst.first) / 60_000));
  const old =
    burst.createdLongBefore > 0
      ? ` ${burst.createdLongBefore} of them had been created at least a week before: old files re-saved together, as when files are re-stamped or edited in a batch.`
      : ' They were created about then too: a batch of new files (a mass export, a mail merge) looks the same.';
  return {
    kind: 'edit-burst',
    explanation: `"${burst.editor}" last modified ${burst.documents.length} documents within ${minutes} minute${minutes === 1 ? '' : 's'} (${iso(burst.first)} to ${iso(burst.last)}), this one among them.${old}`,
    evidence: {
      editor: burst.editor,
      documentsInBurst: burst.documents.length,
      firstModified: iso(burst.first),
      lastModified: iso(burst.last),
      createdLongBefore: burst.createdLongBefore,
    },
  };
}

function sentAnomaly(facts: DocumentFacts): StoredAnomaly[] {
  if (!facts.modified || !facts.firstSent) return [];
  const modified = Date.parse(facts.modified);
  const sent = Date.parse(facts.firstSent.date);
  if (Number.isNaN(modified) || Number.isNaN(sent) || modified - sent <= SENT_TOLERANCE_MS) return [];
  return [
    {
      kind: 'modified-after-sent',
      explanation: `The document says it was last modified on ${facts.modified}, but it was already attached to a message dated ${facts.firstSent.date} — more than a day earlier. A file cannot change after it was sent: its dates were edited, the computer's clock was wrong, or the message's date is false.`,
      evidence: { modified: facts.modified, firstSent: facts.firstSent.date, firstMessage: facts.firstSent.message },
    },
  ];
}

function sameNameAnomaly(facts: DocumentFacts): StoredAnomaly[] {
  const others = (n: DocumentFacts['sameName'][number]) => n.copies.filter((c) => c.sha256 !== facts.sha256);
  const names = facts.sameName.filter((n) => others(n).length > 0);
  if (names.length === 0) return [];
  const otherHashes = [...new Set(names.flatMap((n) => others(n).map((c) => c.sha256)))].sort();
  const shown = otherHashes.slice(0, MAX_OTHER_HASHES);
  return [
    {
      kind: 'same-name-different-hash',
      explanation: `Other copies named ${names.map((n) => `"${n.name}"`).join(', ')} have different contents (${otherHashes.length} other version${otherHashes.length === 1 ? '' : 's'}). The file was changed between copies — a new version sent on, or a copy altered after it was sent. Where each copy was found (a message's attachment, a file in an archive, a loose file) is listed with it.`,
      evidence: {
        name: names.map((n) => n.name),
        otherVersions: otherHashes.length,
        otherSha256: shown,
        // This copy first, then the others shown: where each was found under these names.
        copies: copiesEvidence(
          names.flatMap((n) => n.copies),
          [facts.sha256, ...shown],
        ),
      },
    },
  ];
}

export function crossDocumentAnomalies(facts: DocumentFacts): StoredAnomaly[] {
  return [
    ...editorAnomalies(facts),
    ...(facts.burst ? [burstAnomaly(facts.burst)] : []),
    ...sentAnomaly(facts),
    ...sameNameAnomaly(facts),
  ];
}

const isCross = (kind: string) => (CROSS_DOCUMENT_KINDS as readonly string[]).includes(kind);

/**
 * The document's anomaly properties: the reader's own anomalies (from anomaliesJson, any earlier
 * cross-document ones dropped) followed by the cross-document ones. Recomputing gives the same.
 */
export function mergeAnomalies(
  anomaliesJson: string | null,
  cross: StoredAnomaly[],
): { anomalyKinds: string[]; anomaliesJson: string; anomalyCount: number } {
  let stored: StoredAnomaly[] = [];
  try {
    const parsed: unknown = JSON.parse(anomaliesJson ?? '[]');
    if (Array.isArray(parsed)) stored = parsed as StoredAnomaly[];
  } catch {
    // A value no reader wrote: the per-document part is read again by the next document pass.
  }
  const all = [...stored.filter((a) => !isCross(a.kind)), ...cross];
  return { anomalyKinds: all.map((a) => a.kind), anomaliesJson: JSON.stringify(all), anomalyCount: all.length };
}
