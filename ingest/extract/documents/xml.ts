/**
 * ③ extract (documents): XML parts of OOXML and ODF packages, parsed with fast-xml-parser.
 *
 * Office and ODF parts never declare entities; a part that does is a billion-laughs attempt (or
 * an XXE probe) and is refused before parsing. fast-xml-parser's own entity limits stay on as a
 * second bound. External entities are never fetched: the parser has no I/O.
 */
import { XMLParser } from 'fast-xml-parser';

import { DocumentLimitError } from './errors.js';

const ENTITY_LIMITS = {
  enabled: true,
  maxEntityCount: 16,
  maxEntitySize: 256,
  maxTotalExpansions: 1000,
  maxExpandedLength: 100_000,
};

// Properties parts: small, read as a tree keyed by qualified tag name; values stay strings.
const treeParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: ENTITY_LIMITS,
  htmlEntities: false,
  isArray: () => false,
});

// Content parts: document order matters (runs, paragraphs, cells), so the ordered form is used.
const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: ENTITY_LIMITS,
  htmlEntities: false,
});

function refuseEntities(xml: string, part: string): void {
  if (/<!ENTITY/i.test(xml.slice(0, 65536))) {
    throw new DocumentLimitError(
      'xmlEntities',
      `${part} declares XML entities, which Office and ODF files never do (billion-laughs or XXE attempt); not parsed`,
    );
  }
}

export type XmlTree = Record<string, unknown>;

export function parseXmlTree(bytes: Buffer, part: string): XmlTree {
  const xml = bytes.toString('utf8');
  refuseEntities(xml, part);
  return treeParser.parse(xml) as XmlTree;
}

/** One node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
export type OrderedNode = Record<string, unknown>;

export function parseXmlOrdered(bytes: Buffer, part: string): OrderedNode[] {
  const xml = bytes.toString('utf8');
  refuseEntities(xml, part);
  return orderedParser.parse(xml) as OrderedNode[];
}

export function tagOf(node: OrderedNode): string | undefined {
  for (const key in node) if (key !== ':@') return key;
  return undefined;
}

export function attrsOf(node: OrderedNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

export function childrenOf(node: OrderedNode, tag: string): OrderedNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

/**
 * Walks nodes depth-first. `enter` sees each element before its children and may return 'skip'
 * (do not descend) or a string to emit instead of descending; `leave` runs after the children.
 */
export function walkXml(
  nodes: OrderedNode[],
  handlers: {
    text(value: string): void;
    enter?(tag: string, attrs: Record<string, string>): 'skip' | void;
    leave?(tag: string, attrs: Record<string, string>): void;
    stop?(): boolean;
  },
): void {
  const stack: { nodes: OrderedNode[]; i: number; tag?: string; attrs?: Record<string, string> }[] = [{ nodes, i: 0 }];
  // Iterative, so a part nested thousands of elements deep cannot overflow the call stack.
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.i >= frame.nodes.length || handlers.stop?.()) {
      stack.pop();
      if (frame.tag !== undefined) handlers.leave?.(frame.tag, frame.attrs!);
      continue;
    }
    const node = frame.nodes[frame.i++]!;
    const tag = tagOf(node);
    if (tag === undefined) continue;
    if (tag === '#text') {
      handlers.text(String(node['#text']));
      continue;
    }
    const attrs = attrsOf(node);
    if (handlers.enter?.(tag, attrs) === 'skip') continue;
    stack.push({ nodes: childrenOf(node, tag), i: 0, tag, attrs });
  }
}

/** Text of a tree-parsed value: a string, or the '#text' of an element that also has attributes. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && '#text' in value)
    return textOf((value as Record<string, unknown>)['#text']);
  return undefined;
}

/** The children of a tree-parsed element under their local names (prefixes vary between writers). */
export function byLocalName(element: unknown): Map<string, { qname: string; value: unknown }[]> {
  const out = new Map<string, { qname: string; value: unknown }[]>();
  if (!element || typeof element !== 'object') return out;
  for (const [qname, value] of Object.entries(element as Record<string, unknown>)) {
    if (qname.startsWith('@') || qname === '#text') continue;
    const local = qname.slice(qname.indexOf(':') + 1);
    const list = out.get(local) ?? [];
    for (const v of Array.isArray(value) ? value : [value]) list.push({ qname, value: v });
    out.set(local, list);
  }
  return out;
}

/** An attribute of a tree-parsed element by local name. */
export function attrByLocalName(element: unknown, local: string): string | undefined {
  if (!element || typeof element !== 'object') return undefined;
  for (const [key, value] of Object.entries(element as Record<string, unknown>)) {
    if (key.startsWith('@') && key.slice(key.indexOf(':') + 1).replace(/^@/, '') === local) return String(value);
  }
  return undefined;
}

/** The root element of a parsed part (skipping the ?xml declaration). */
export function rootOf(tree: XmlTree): unknown {
  for (const [key, value] of Object.entries(tree)) if (!key.startsWith('?')) return value;
  return undefined;
}
