/**
 * ③ extract (documents): an XMP packet (RDF/XML), flattened to raw fields — every property of
 * every rdf:Description, written as attribute or element, with lists (rdf:Seq/Bag/Alt) as arrays —
 * and mapped to normalised candidates. XMP comes after the PDF Info dictionary in trust order, so
 * a packet left stale by an editor shows up as a conflict rather than replacing the Info value.
 */
import { readIsoDate } from './dates.js';
import type { MetadataBuilder } from './builder.js';
import type { NormalisedField } from '../types.js';
import { byLocalName, parseXmlTree, textOf } from '../xml.js';

const FIELDS: Record<string, NormalisedField> = {
  'dc:title': 'title',
  'dc:creator': 'author',
  'dc:description': 'subject',
  'dc:subject': 'keywords',
  'pdf:Keywords': 'keywords',
  'pdf:Producer': 'producer',
  'xmp:CreatorTool': 'creatorTool',
  'dc:language': 'language',
};
const DATES: Record<string, 'created' | 'modified'> = { 'xmp:CreateDate': 'created', 'xmp:ModifyDate': 'modified' };
// Enough for every real packet (a few dozen properties); a packet with thousands is a payload.
const MAX_PROPERTIES = 500;

/** rdf:Alt/Seq/Bag → their rdf:li items; a plain value → itself. */
function values(value: unknown): string[] {
  const containers = byLocalName(value);
  for (const kind of ['Alt', 'Seq', 'Bag']) {
    const list = containers.get(kind)?.[0]?.value;
    if (list !== undefined)
      return (byLocalName(list).get('li') ?? []).map((li) => textOf(li.value)).filter((v): v is string => !!v);
  }
  const text = textOf(value);
  return text ? [text] : [];
}

function descriptions(node: unknown, out: unknown[], depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 8) return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.startsWith('@') || key === '#text') continue;
    const items = Array.isArray(value) ? value : [value];
    if (key.endsWith(':Description') || key === 'Description') out.push(...items);
    else for (const item of items) descriptions(item, out, depth + 1);
  }
}

export function readXmp(packet: string, meta: MetadataBuilder): void {
  meta.setXmp(packet);
  const source = 'XMP';
  const found: unknown[] = [];
  descriptions(parseXmlTree(Buffer.from(packet, 'utf8'), 'XMP packet'), found);
  let seen = 0;
  for (const description of found) {
    if (!description || typeof description !== 'object') continue;
    for (const [key, value] of Object.entries(description as Record<string, unknown>)) {
      if (++seen > MAX_PROPERTIES) return;
      if (key === '#text' || /^@(xmlns|rdf:about)/.test(key)) continue;
      const tag = key.replace(/^@/, '');
      const list = key.startsWith('@') ? [String(value)] : values(value);
      if (list.length === 0) continue;
      if (tag in DATES) meta.addDate(source, tag, list[0], readIsoDate(list[0]), DATES[tag]!);
      else meta.add(source, tag, list.length === 1 ? list[0] : list, FIELDS[tag]);
    }
  }
}
