/**
 * The analyst's notes and tags as exports carry them: on person nodes of the graph files (GEXF,
 * GraphML, CSV, JSON, Cypher: `tags` and `notes` attributes) and on the messages of a story
 * bundle's manifest. A note is written "text — author, time" so the export says who wrote what.
 */
import type { Driver } from 'neo4j-driver';

import type { GraphResponse } from '../../contract/index.js';
import { readQuery } from '../db/queries.js';

export interface TargetNotes {
  tags: string[];
  notes: { text: string; author: string; at: string }[];
}

export interface ExportAnnotations {
  persons: Map<string, TargetNotes>;
  messages: Map<string, TargetNotes>;
}

export const TAG_SEPARATOR = '; ';
export const NOTE_SEPARATOR = ' | ';

export async function loadExportAnnotations(
  driver: Driver,
  persons: string[],
  messages: string[],
): Promise<ExportAnnotations> {
  const out: ExportAnnotations = { persons: new Map(), messages: new Map() };
  if (persons.length + messages.length === 0) return out;
  const rows = await readQuery<TargetNotes & { kind: 'person' | 'message'; id: string } & Record<string, unknown>>(
    driver,
    'annotations-for-export',
    { persons, messages },
  );
  for (const r of rows) (r.kind === 'person' ? out.persons : out.messages).set(r.id, { tags: r.tags, notes: r.notes });
  return out;
}

export const tagsText = (t: TargetNotes | undefined) => (t?.tags.length ? t.tags.join(TAG_SEPARATOR) : null);
/** "2026-12-04 22:07 UTC" from the stored time. */
const when = (at: string) => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const notesText = (t: TargetNotes | undefined) =>
  t?.notes.length ? t.notes.map((n) => `${n.text} — ${n.author}, ${when(n.at)}`).join(NOTE_SEPARATOR) : null;

/** The graph with `tags` and `notes` on the person nodes that have any (a copy; the input is unchanged). */
export async function withAnnotations(driver: Driver, graph: GraphResponse): Promise<GraphResponse> {
  const persons = graph.nodes.filter((n) => n.attributes.kind === 'person').map((n) => n.key);
  const { persons: notes } = await loadExportAnnotations(driver, persons, []);
  if (notes.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const own = notes.get(n.key);
      if (!own) return n;
      const tags = tagsText(own);
      const text = notesText(own);
      return { ...n, attributes: { ...n.attributes, ...(tags && { tags }), ...(text && { notes: text }) } };
    }),
  };
}
