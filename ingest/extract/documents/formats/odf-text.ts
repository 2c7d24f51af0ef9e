/**
 * ③ extract (documents): the text of ODF content.xml (and the headers and footers in styles.xml),
 * walked in document order: paragraphs and headings on lines, text:s as spaces, text:tab as tabs,
 * table cells tab-separated. Inter-element whitespace outside paragraphs is layout, not text.
 */
import type { TextSink } from '../text-sink.js';
import { type OrderedNode, walkXml } from '../xml.js';

const BLOCKS = new Set(['text:p', 'text:h']);
const SKIPPED = new Set([
  'office:font-face-decls',
  'office:automatic-styles',
  'office:styles',
  'office:scripts',
  'text:tracked-changes',
  'draw:image',
]);

export function walkOdf(nodes: OrderedNode[], sink: TextSink, inside?: Set<string>): void {
  let depth = 0;
  let scope = inside ? 0 : 1;
  walkXml(nodes, {
    stop: () => sink.full,
    text: (value) => {
      if (depth > 0 && scope > 0) sink.push(value.replace(/\s+/g, ' '));
    },
    enter: (tag, attrs) => {
      if (SKIPPED.has(tag)) return 'skip';
      if (inside?.has(tag)) scope++;
      if (BLOCKS.has(tag)) depth++;
      else if (depth > 0 && scope > 0) {
        if (tag === 'text:s') sink.push(' '.repeat(Math.min(Number(attrs['text:c'] ?? 1) || 1, 64)));
        else if (tag === 'text:tab') sink.push('\t');
        else if (tag === 'text:line-break') sink.push('\n');
      }
      return undefined;
    },
    leave: (tag) => {
      if (inside?.has(tag)) scope--;
      if (BLOCKS.has(tag)) {
        depth--;
        if (depth === 0 && scope > 0) sink.newline();
      } else if (tag === 'table:table-cell' && scope > 0) sink.push('\t');
    },
  });
}
