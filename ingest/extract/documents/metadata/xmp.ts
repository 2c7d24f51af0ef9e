/**
 * ③ extract (documents): an XMP packet (RDF/XML), flattened to raw fields — every property of
 * every rdf:Description, written as attribute or element, with lists (rdf:Seq/Bag/Alt) as arrays —
 * and mapped to normalised candidates. XMP comes after the PDF Info dictionary in trust order, so
 * a packet left stale by an editor shows up as a conflict rather than replacing the Info value.
 */
import { readIsoDate } from './dates.js';
import type { MetadataBuilder } from './builder.js';
import type { NormalisedField } from '../types.js';
import { attrByLocalName, byLocalName, parseXmlTree, textOf } from '../xml.js';

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
// dc:date is the last resort for the modification date (XMP writers that set no xmp:ModifyDate).
const DATES: Record<string, 'created' | 'modified'> = {
  'xmp:CreateDate': 'created',
  'xmp:ModifyDate': 'modified',
  'dc:date': 'modified',
};
// Language alternatives (rdf:Alt): the x-default entry, else the first, stands for the field.
const ALTERNATIVES = new Set(['dc:title', 'dc:description', 'dc:rights']);
// Enough for every real packet (a few dozen properties); a packet with thousands is a payload.
const MAX_PROPERTIES = 500;

/** An rdf:li: its text, or the resource it points at (rdf:resource="mailto:…"). */
function itemText(li: unknown): string | undefined {
  return textOf(li) ?? attrByLocalName(li, 'resource');
}

/** rdf:Alt/Seq/Bag → their rdf:li items (x-default first); a plain value → itself. */
function values(value: unknown): string[] {
  const containers = byLocalName(value);
  for (const kind of ['Alt', 'Seq', 'Bag']) {
    const list = containers.get(kind)?.[0]?.value;
    if (list === undefined) continue;
    const items = (byLocalName(list).get('li') ?? []).map((li) => li.value);
    const isDefault = (item: unknown) => Number(attrByLocalName(item, 'lang') === 'x-default');
    items.sort((a, b) => isDefault(b) - isDefault(a));
    return items.map(itemText).filter((v): v is string => !!v);
  }
  const resource = attrByLocalName(value, 'resource');
  if (resource) return [resource];
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
      else if (ALTERNATIVES.has(tag) && list.length > 1) {
        meta.add(source, tag, list);
        meta.add(source, `${tag} (x-default)`, list[0], FIELDS[tag]);
      } else meta.add(source, tag, list.length === 1 ? list[0] : list, FIELDS[tag]);
    }
  }
}
