/**
 * ③ extract (document signals, issue 12): where each copy of a file name was found, for the evidence
 * of same-name-different-hash — an attachment (message and part), a loose file (path and archive
 * entries), or a file inside an archive document (archive and entry). Pure.
 */

/** One place a content was found under a name (cypher/read/document-signals-same-name.cypher). */
export type CopyPlace =
  | { kind: 'attachment'; message: string; messageId: string | null; part: number | null }
  | { kind: 'file'; path: string; entries: string[] | null }
  | { kind: 'archive-entry'; archive: string; archiveName: string | null; entry: string };

/** A content found under a name, and where. */
export interface NamedCopy {
  sha256: string;
  places: CopyPlace[];
}

/** The evidence of one content: its hash and where it was found. */
export interface CopyEvidence {
  sha256: string;
  foundIn: string[];
}

// Places named per content in the evidence: a file mailed to a whole list is the same copy each time.
const MAX_PLACES = 5;

/** A place in words: `attachment 2 of message <id@host>`, `entry "q3/a.pdf" of archive papers.zip (3fa2…)`. */
export function describePlace(place: CopyPlace): string {
  switch (place.kind) {
    case 'attachment':
      return `attachment ${place.part ?? '?'} of message ${place.messageId ? `<${place.messageId}>` : place.message}`;
    case 'file':
      return `file ${[place.path, ...(place.entries ?? [])].join(' » ')}`;
    case 'archive-entry':
      return `entry ${JSON.stringify(place.entry)} of archive ${place.archiveName ? `${place.archiveName} ` : ''}(${place.archive.slice(0, 16)}…)`;
  }
}

/** Per content (in `order`), the places it was found under any of the names, in words, sorted, capped. */
export function copiesEvidence(copies: NamedCopy[], order: string[]): CopyEvidence[] {
  const places = new Map<string, Set<string>>();
  for (const copy of copies) {
    const seen = places.get(copy.sha256) ?? new Set<string>();
    for (const place of copy.places) seen.add(describePlace(place));
    places.set(copy.sha256, seen);
  }
  return order.map((sha256) => {
    const all = [...(places.get(sha256) ?? [])].sort();
    const more = all.length > MAX_PLACES ? [`and ${all.length - MAX_PLACES} more`] : [];
    return { sha256, foundIn: [...all.slice(0, MAX_PLACES), ...more] };
  });
}
