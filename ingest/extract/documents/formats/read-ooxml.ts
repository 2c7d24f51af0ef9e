/**
 * ③ extract (documents): OOXML packages (.docx, .xlsx, .pptx and their macro/template variants).
 * The main part's content type ([Content_Types].xml) says which; package properties come from
 * docProps/, text from the parts of that type in reading order.
 */
import { convert } from 'html-to-text';

import { DocumentReadError } from '../errors.js';
import { readAppProps, readCoreProps, readCustomProps } from '../metadata/ooxml-props.js';
import type { DocumentFormat } from '../types.js';
import { attrByLocalName, byLocalName, parseXmlOrdered, parseXmlTree, rootOf } from '../xml.js';
import type { ZipPackage } from '../zip-parts.js';
import type { FormatContext } from './context.js';
import { readSharedStrings, walkRuns, walkSheet } from './ooxml-text.js';
import { decodeText } from './read-text.js';

/** Package parts worth inflating: XML and relationships, not media or embedded binaries. */
export function isOoxmlTextPart(name: string): boolean {
  return (/\.(xml|rels)$/i.test(name) || ALT_CHUNK.test(name)) && !/\/(media|embeddings|printerSettings)\//i.test(name);
}

// Word's altChunk imports another document's content as a part of its own (HTML and plain text here;
// MHT and nested DOCX chunks are left out).
const ALT_CHUNK = /^word\/[^/]+\.(html?|txt)$/i;

function number(name: string): number {
  return Number(name.match(/(\d+)\.xml$/)?.[1] ?? 0);
}

function partsMatching(pkg: ZipPackage, pattern: RegExp): string[] {
  return [...pkg.parts.keys()]
    .filter((n) => pattern.test(n))
    .sort((a, b) => number(a) - number(b) || a.localeCompare(b));
}

/** The main document's type from [Content_Types].xml, falling back on the folder names. */
export function ooxmlFormat(pkg: ZipPackage): DocumentFormat | undefined {
  const types = pkg.parts.get('[Content_Types].xml');
  if (types) {
    const overrides = byLocalName(rootOf(parseXmlTree(types, '[Content_Types].xml'))).get('Override') ?? [];
    for (const { value } of overrides) {
      const type = attrByLocalName(value, 'ContentType') ?? '';
      if (/wordprocessingml\.(document|template)[^+]*\.main\+xml|ms-word\.(document|template)\.macroEnabled/.test(type))
        return 'docx';
      if (/spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled/.test(type))
        return 'xlsx';
      if (
        /presentationml\.(presentation|slideshow|template)\.main\+xml|ms-powerpoint\.(presentation|slideshow|template)\.macroEnabled/.test(
          type,
        )
      )
        return 'pptx';
    }
  }
  if (pkg.names.some((n) => n.startsWith('word/'))) return 'docx';
  if (pkg.names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (pkg.names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return undefined;
}

function readProps(ctx: FormatContext, pkg: ZipPackage): void {
  const core = pkg.parts.get('docProps/core.xml');
  const app = pkg.parts.get('docProps/app.xml');
  const custom = pkg.parts.get('docProps/custom.xml');
  if (core) readCoreProps(core, ctx.meta);
  if (app) readAppProps(app, ctx.meta);
  if (custom) readCustomProps(custom, ctx.meta);
}

function readWordText(ctx: FormatContext, pkg: ZipPackage): void {
  for (const name of partsMatching(pkg, ALT_CHUNK)) {
    const chunk = decodeText(pkg.parts.get(name)!);
    ctx.text.push(name.endsWith('.txt') ? chunk : convert(chunk, { wordwrap: false }));
    ctx.text.newline();
  }
  const order = [
    /^word\/document\d*\.xml$/,
    /^word\/header\d*\.xml$/,
    /^word\/footer\d*\.xml$/,
    /^word\/footnotes\.xml$/,
    /^word\/endnotes\.xml$/,
    /^word\/comments\.xml$/,
  ];
  for (const pattern of order) {
    for (const name of partsMatching(pkg, pattern)) {
      ctx.deadline.check(name);
      walkRuns(parseXmlOrdered(pkg.parts.get(name)!, name), ctx.text);
      ctx.text.newline();
    }
  }
}

function readSlidesText(ctx: FormatContext, pkg: ZipPackage): void {
  for (const pattern of [
    /^ppt\/slides\/slide\d+\.xml$/,
    /^ppt\/notesSlides\/notesSlide\d+\.xml$/,
    /^ppt\/comments\/[^/]+\.xml$/,
  ]) {
    for (const name of partsMatching(pkg, pattern)) {
      ctx.deadline.check(name);
      walkRuns(parseXmlOrdered(pkg.parts.get(name)!, name), ctx.text);
      ctx.text.newline();
    }
  }
}

function readSheetsText(ctx: FormatContext, pkg: ZipPackage): void {
  const sharedPart = pkg.parts.get('xl/sharedStrings.xml');
  const shared = sharedPart ? readSharedStrings(parseXmlOrdered(sharedPart, 'xl/sharedStrings.xml')) : [];
  for (const name of partsMatching(pkg, /^xl\/worksheets\/sheet\d+\.xml$/)) {
    ctx.deadline.check(name);
    walkSheet(parseXmlOrdered(pkg.parts.get(name)!, name), shared, ctx.text);
    ctx.text.newline();
  }
  for (const name of partsMatching(pkg, /^xl\/comments\d*\.xml$/))
    walkRuns(parseXmlOrdered(pkg.parts.get(name)!, name), ctx.text);
}

export function readOoxml(ctx: FormatContext, pkg: ZipPackage, format: 'docx' | 'xlsx' | 'pptx'): void {
  readProps(ctx, pkg);
  ctx.structure.hasMacros = pkg.names.some((n) => /vbaProject\.bin$/i.test(n));
  ctx.structure.embeddedObjects = pkg.names.filter((n) => /\/embeddings\/[^/]+$/.test(n)).length;
  const main = partsMatching(pkg, /^(word\/document\d*|xl\/workbook|ppt\/presentation)\.xml$/)[0];
  if (!main) throw new DocumentReadError('corrupt', `the ${format} package has no main document part`);
  ctx.structure.ooxmlStrict = pkg.parts.get(main)!.subarray(0, 2048).toString('utf8').includes('purl.oclc.org/ooxml');
  if (ctx.structure.ooxmlStrict) ctx.detail = 'OOXML strict (ISO 29500)';
  if (format === 'docx') readWordText(ctx, pkg);
  else if (format === 'pptx') readSlidesText(ctx, pkg);
  else readSheetsText(ctx, pkg);
}
