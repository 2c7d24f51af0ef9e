/**
 * ③ extract (documents): the text of OOXML parts, walked in document order over fast-xml-parser's
 * output. Only text-bearing elements emit (w:t, a:t, sheet values); structure elements add the
 * breaks a reader sees. Alternate content is read once (mc:Choice, not its mc:Fallback copy);
 * field instructions (w:instrText) and deleted runs (w:delText) are not document text.
 */
import type { TextSink } from '../text-sink.js';
import { type OrderedNode, walkXml } from '../xml.js';

const SKIPPED = new Set([
  'mc:Fallback',
  'w:instrText',
  'w:delText',
  'w:rPr',
  'w:pPr',
  'a:rPr',
  'a:pPr',
  'rPh',
  'x:rPh',
  'w:sectPr',
]);

function local(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1);
}

/** Word and PowerPoint: w:t / a:t runs, w:p / a:p paragraphs, tabs and breaks. */
export function walkRuns(nodes: OrderedNode[], sink: TextSink): void {
  let inText = 0;
  walkXml(nodes, {
    stop: () => sink.full,
    text: (value) => {
      if (inText > 0) sink.push(value);
    },
    enter: (tag) => {
      if (SKIPPED.has(tag)) return 'skip';
      const name = local(tag);
      if (name === 't') inText++;
      else if (name === 'tab') sink.push('\t');
      else if (name === 'br' || name === 'cr') sink.push('\n');
      else if (name === 'noBreakHyphen') sink.push('-');
      return undefined;
    },
    leave: (tag) => {
      const name = local(tag);
      if (name === 't') inText--;
      else if (name === 'p') sink.newline();
      else if (name === 'tc') sink.push('\t');
    },
  });
}

/** xl/sharedStrings.xml: one string per si, rich-text runs joined, phonetic guides left out. */
export function readSharedStrings(nodes: OrderedNode[]): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = 0;
  walkXml(nodes, {
    text: (value) => {
      if (inText > 0 && current) current.push(value);
    },
    enter: (tag) => {
      const name = local(tag);
      if (name === 'rPh') return 'skip';
      if (name === 'si') current = [];
      else if (name === 't') inText++;
      return undefined;
    },
    leave: (tag) => {
      const name = local(tag);
      if (name === 't') inText--;
      else if (name === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      }
    },
  });
  return strings;
}

/** A worksheet: cells tab-separated, rows on lines; shared strings resolved, inline strings and values as written. */
export function walkSheet(nodes: OrderedNode[], shared: string[], sink: TextSink): void {
  let cellType: string | undefined;
  let inValue = 0;
  let rowHasCells = false;
  walkXml(nodes, {
    stop: () => sink.full,
    text: (value) => {
      if (inValue === 0) return;
      const text = cellType === 's' ? (shared[Number(value)] ?? '') : value;
      if (text) {
        if (rowHasCells) sink.push('\t');
        sink.push(text);
        rowHasCells = true;
      }
    },
    enter: (tag, attrs) => {
      const name = local(tag);
      if (name === 'f' || name === 'rPh' || name === 'extLst') return 'skip';
      if (name === 'c') cellType = attrs.t;
      else if (name === 'v' || name === 't') inValue++;
      else if (name === 'row') rowHasCells = false;
      return undefined;
    },
    leave: (tag) => {
      const name = local(tag);
      if (name === 'v' || name === 't') inValue--;
      else if (name === 'row' && rowHasCells) sink.push('\n');
    },
  });
}
