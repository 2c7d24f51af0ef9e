/**
 * Original bytes → the message's HTML body, sanitised for display: no scripts, no event handlers,
 * no forms or frames, no styles that fetch anything, and no remote resources — a remote image is
 * replaced by a local placeholder that keeps the address it pointed to (data-blocked-src), because
 * a tracking pixel is evidence, but loading it would tell the sender the message is being read.
 * Images carried inside the message (cid:) stay, as data: URLs, within a size budget.
 * The client renders the result in a sandboxed iframe with a CSP as a second wall.
 */
import { simpleParser } from 'mailparser';
import sanitizeHtml from 'sanitize-html';

// HTML bodies above this are not rendered (mailparser's own guard against pathological markup).
export const MAX_HTML_BYTES = 5 * 1024 * 1024;
// Embedded (cid:) images kept as data: URLs, each and in total; larger ones become placeholders.
export const MAX_INLINE_IMAGE_CHARS = 1_500_000;
export const MAX_INLINE_IMAGES_CHARS = 6_000_000;

export const BLOCKED_IMAGE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24"><rect width="120" height="24" fill="#eee" stroke="#999"/>' +
      '<text x="6" y="16" font-size="11" font-family="sans-serif" fill="#555">image not loaded</text></svg>',
  );

// A CSS value that cannot fetch or execute anything: no url(), image-set(), expression(), behaviours or escapes.
const SAFE_CSS_VALUE =
  /^(?![\s\S]*(?:url\s*\(|image-set|image\s*\(|expression|javascript:|behavior|-moz-binding|\\|@import))[\s\S]{0,500}$/i;
const STYLE_PROPERTIES = [
  'color',
  'background-color',
  'background',
  'font',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-align',
  'text-decoration',
  'text-indent',
  'text-transform',
  'line-height',
  'letter-spacing',
  'white-space',
  'vertical-align',
  'margin',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border',
  'border-top',
  'border-right',
  'border-bottom',
  'border-left',
  'border-color',
  'border-style',
  'border-width',
  'border-collapse',
  'width',
  'height',
  'max-width',
  'min-width',
  'display',
  'float',
  'clear',
  'list-style-type',
];

function sanitiseOptions(): sanitizeHtml.IOptions {
  let inlineBudget = MAX_INLINE_IMAGES_CHARS;
  const blocked = (attribs: sanitizeHtml.Attributes, src: string) => ({
    ...attribs,
    src: BLOCKED_IMAGE,
    'data-blocked-src': src.slice(0, 2000),
    alt: attribs.alt ?? 'image not loaded',
  });
  return {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center', 'u', 's', 'strike', 'small', 'big'],
    nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head', 'xml'],
    allowedAttributes: {
      '*': [
        'style',
        'align',
        'valign',
        'width',
        'height',
        'bgcolor',
        'color',
        'dir',
        'lang',
        'title',
        'border',
        'cellpadding',
        'cellspacing',
        'colspan',
        'rowspan',
      ],
      a: ['href', 'name', 'rel', 'target'],
      img: ['src', 'alt', 'data-blocked-src'],
      font: ['face', 'size'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['data'] },
    allowProtocolRelative: false,
    allowedStyles: { '*': Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, [SAFE_CSS_VALUE]])) },
    transformTags: {
      img: (tagName, attribs) => {
        const src = (attribs.src ?? '').trim();
        const inline =
          /^data:image\/(?:png|gif|jpe?g|webp|bmp);base64,/i.test(src) &&
          src.length <= MAX_INLINE_IMAGE_CHARS &&
          src.length <= inlineBudget;
        if (inline) {
          inlineBudget -= src.length;
          return { tagName, attribs: { ...attribs, src } };
        }
        return { tagName, attribs: blocked(attribs, src) };
      },
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
      }),
    },
  };
}

/** Sanitises HTML from a message for display (see the file comment for what is removed). */
export function sanitiseMailHtml(html: string): string {
  return sanitizeHtml(html, sanitiseOptions());
}

/** The sanitised HTML body of a raw message, or null when it has none. */
export async function renderMessageHtml(raw: Buffer): Promise<string | null> {
  const parsed = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: MAX_HTML_BYTES,
  });
  if (typeof parsed.html !== 'string' || parsed.html.length === 0) return null;
  return sanitiseMailHtml(parsed.html);
}
