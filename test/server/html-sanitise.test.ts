/**
 * The HTML a message view shows: hostile markup in, nothing that runs or loads out. Table cases
 * written for this project (each names what must go and what must stay).
 */
import { describe, expect, it } from 'vitest';

import { BLOCKED_IMAGE, sanitiseMailHtml } from '../../server/messages/render-html.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('sanitiseMailHtml', () => {
  const cases: { name: string; html: string; gone: RegExp[]; kept?: RegExp[] }[] = [
    {
      name: 'script elements and their text',
      html: '<p>hi</p><script>alert(1)</script>',
      gone: [/<script/i, /alert/],
      kept: [/<p>hi<\/p>/],
    },
    {
      name: 'event handlers',
      html: '<p onclick="steal()" onmouseover="x()">x</p><img src=x onerror="steal()">',
      gone: [/onclick/i, /onmouseover/i, /onerror/i, /steal/],
    },
    {
      name: 'javascript: links',
      html: '<a href="javascript:steal()">click</a>',
      gone: [/javascript:/i],
      kept: [/click/],
    },
    {
      name: 'remote images (tracking pixels)',
      html: '<img src="https://tracker.example/p.gif?u=1" width=1 height=1>',
      gone: [/\ssrc="https:/],
      kept: [/data-blocked-src="https:\/\/tracker\.example\/p\.gif\?u=1"/],
    },
    { name: 'protocol-relative images', html: '<img src="//tracker.example/p.gif">', gone: [/\ssrc="\/\//] },
    {
      name: 'remote CSS in style attributes',
      html: '<div style="background: url(https://x.example/a.png); color: red">x</div>',
      gone: [/url\(/i, /x\.example/],
    },
    {
      name: 'CSS expressions and imports',
      html: '<p style="width: expression(alert(1))">a</p><style>@import url(https://x.example/s.css)</style>',
      gone: [/expression/i, /@import/i, /x\.example/],
    },
    {
      name: 'style elements',
      html: '<style>body { background: url(https://x.example/b.png) }</style><p>t</p>',
      gone: [/<style/i, /x\.example/],
      kept: [/<p>t<\/p>/],
    },
    {
      name: 'frames, objects, forms, base and meta refresh',
      html: '<iframe src="https://x.example"></iframe><object data="https://x.example/o"></object><form action="https://x.example"><input name=a></form><base href="https://x.example/"><meta http-equiv="refresh" content="0;url=https://x.example">ok',
      gone: [/<iframe/i, /<object/i, /<form/i, /<input/i, /<base/i, /<meta/i, /x\.example/],
      kept: [/ok/],
    },
    {
      name: 'remote backgrounds and srcset',
      html: '<table background="https://x.example/bg.png"><tr><td>c</td></tr></table><img srcset="https://x.example/a.png 2x" src="https://x.example/a.png">',
      gone: [/background=/i, /srcset/i, /\ssrc="https/],
    },
    {
      name: 'SVG with script',
      html: '<svg><script>alert(1)</script><image href="https://x.example/i.png"/></svg>',
      gone: [/<svg/i, /<script/i, /x\.example/],
    },
    {
      name: 'embedded images stay',
      html: `<img src="${PIXEL}" alt="logo">`,
      gone: [/data-blocked-src/],
      kept: [new RegExp(`src="${PIXEL.replace(/[+/]/g, (c) => `\\${c}`)}"`)],
    },
    {
      name: 'ordinary formatting stays',
      html: '<table><tr><td style="color: #333; font-weight: bold">cell</td></tr></table><b>bold</b> <font face="Arial">f</font>',
      gone: [],
      kept: [/<table>/, /style="color:#333;font-weight:bold"/, /<b>bold<\/b>/, /<font face="Arial">/],
    },
  ];
  for (const c of cases) {
    it(`removes ${c.name}`, () => {
      const out = sanitiseMailHtml(c.html);
      for (const re of c.gone) expect(out).not.toMatch(re);
      for (const re of c.kept ?? []) expect(out).toMatch(re);
    });
  }

  it('replaces every remote image by the local placeholder', () => {
    const out = sanitiseMailHtml('<img src="http://a.example/1.gif"><img src="https://b.example/2.png">');
    expect(out.match(/<img /g)?.length).toBe(2);
    expect([...out.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))).toEqual([
      BLOCKED_IMAGE,
      BLOCKED_IMAGE,
    ]);
  });

  it('opens links in a new context without a referrer', () => {
    expect(sanitiseMailHtml('<a href="https://example.org/x">x</a>')).toBe(
      '<a href="https://example.org/x" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
  });
});
