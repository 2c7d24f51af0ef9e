/**
 * ③ extract (documents): HTML files. Text through html-to-text (the converter mailparser uses for
 * HTML-only mail), metadata from <title> and <meta name=…> through htmlparser2's tokenizer; no
 * script runs and nothing is fetched.
 */
import { Parser } from 'htmlparser2';
import { convert } from 'html-to-text';

import type { NormalisedField } from '../types.js';
import type { FormatContext } from './context.js';
import { decodeText } from './read-text.js';

const META: Record<string, NormalisedField | undefined> = {
  author: 'author',
  description: 'description',
  keywords: 'keywords',
  generator: 'application',
  subject: 'subject',
  'dc.creator': 'author',
  'dc.title': 'title',
  'dcterms.created': undefined,
  'dcterms.modified': undefined,
  'last-modified': undefined,
};
// html-to-text walks a DOM; past this size the page is a data dump and only its start is read.
const MAX_HTML_CHARS = 8_000_000;

export function readHtml(ctx: FormatContext): void {
  const html = decodeText(ctx.bytes).slice(0, MAX_HTML_CHARS);
  let title = '';
  let inTitle = false;
  const source = 'HTML head';
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'title') inTitle = true;
      if (name === 'meta' && attrs.name && attrs.content !== undefined) {
        const key = attrs.name.toLowerCase();
        ctx.meta.add(source, `meta name="${attrs.name}"`, attrs.content, META[key]);
      }
      if (name === 'html' && attrs.lang) ctx.meta.add(source, 'html lang', attrs.lang, 'language');
    },
    ontext(text) {
      if (inTitle) title += text;
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
    },
  });
  parser.end(html);
  ctx.meta.add(source, 'title', title.trim(), 'title');
  ctx.text.push(
    convert(html, {
      wordwrap: false,
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
      ],
    }),
  );
}
