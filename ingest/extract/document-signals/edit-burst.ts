/**
 * ③ extract (document signals, issue 12): edit bursts — many documents last modified within minutes
 * by the same editor. People save one file at a time; a run of files all "last modified" in the same
 * few minutes is a batch (a script, a mass "save as", a re-stamping of old files), worth a look when
 * the files were created long before. Pure: the editor's documents in, the bursts out.
 */

/** One document of an editor: its hash and its dates (milliseconds since 1970, UTC). */
export interface EditedDocument {
  sha256: string;
  modified: number;
  created: number | null;
}

export interface Burst {
  /** Hashes of the documents in the burst, in modification order. */
  documents: string[];
  first: number;
  last: number;
  /** Of them, the documents created at least CREATED_LONG_BEFORE_MS before they were modified. */
  createdLongBefore: number;
}

// The window "within minutes": documents modified at most this far apart belong to one burst.
export const BURST_WINDOW_MS = 10 * 60_000;
// Documents in one window that make a burst. Two is a "save as" in another format (the fixture
// corpus has pairs .doc/.docx saved a minute apart by the same person); three or more is a batch.
export const BURST_MIN_DOCUMENTS = 3;
// "Created long before": the document existed a week before this save.
export const CREATED_LONG_BEFORE_MS = 7 * 86400_000;

/**
 * Every maximal run of documents where some window of BURST_WINDOW_MS holds BURST_MIN_DOCUMENTS or
 * more: overlapping windows are one burst. Order-independent (sorted by time, then hash).
 */
export function findBursts(documents: readonly EditedDocument[]): Burst[] {
  const docs = [...new Map(documents.map((d) => [d.sha256, d])).values()].sort(
    (a, b) => a.modified - b.modified || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0),
  );
  // in[i]: document i lies in some window that holds enough documents.
  const inBurst = new Array<boolean>(docs.length).fill(false);
  let end = 0;
  for (let start = 0; start < docs.length; start++) {
    end = Math.max(end, start);
    while (end + 1 < docs.length && docs[end + 1]!.modified - docs[start]!.modified <= BURST_WINDOW_MS) end++;
    if (end - start + 1 >= BURST_MIN_DOCUMENTS) for (let i = start; i <= end; i++) inBurst[i] = true;
  }
  const bursts: Burst[] = [];
  let current: EditedDocument[] = [];
  const close = () => {
    if (current.length === 0) return;
    bursts.push({
      documents: current.map((d) => d.sha256),
      first: current[0]!.modified,
      last: current.at(-1)!.modified,
      createdLongBefore: current.filter((d) => d.created !== null && d.modified - d.created >= CREATED_LONG_BEFORE_MS)
        .length,
    });
    current = [];
  };
  docs.forEach((d, i) => {
    // A burst ends where the next member is more than a window after the previous one.
    if (!inBurst[i] || (current.length > 0 && d.modified - current.at(-1)!.modified > BURST_WINDOW_MS)) close();
    if (inBurst[i]) current.push(d);
  });
  close();
  return bursts;
}
