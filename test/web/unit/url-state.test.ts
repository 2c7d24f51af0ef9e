/**
 * The address bar carries the view (issue 6: "a link reopens the same view"): what is written is
 * read back unchanged, defaults stay out of the link, and a hand-mangled link still opens.
 */
import { describe, expect, it } from 'vitest';

import { DEFAULT_VIEW, type ViewState, parseViewState, serializeViewState } from '../../../web/src/state/url-state.js';

const full: ViewState = {
  filters: {
    from: '2001-01-01',
    to: '2001-06-30',
    minCount: 3,
    domains: ['enron.com', 'bp.com'],
    entities: true,
    entityTypes: ['ORG', 'LOC'],
    documents: true,
    anomalies: 'with',
    top: 800,
  },
  focus: 'p-60c4a4a1068e3cf5',
  message: '23f843ba3c7288df3a168bfe8d21dd89',
  document: 'f5b5b6b4b0c8d8e1b6e0c4f3a2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3',
  colorBy: 'domain',
  tab: 'queries',
  query: { name: 'ego-network', params: { person: '@top(1)', minCount: 2, flags: [true, 'x'] } },
  path: { from: 'p-0000000000000001', to: 'p-0000000000000002' },
  expanded: ['p-0000000000000003'],
  hidden: ['p-0000000000000004', 'ORG:enron corp'],
  removed: ['p-0000000000000005'],
  pinned: ['p-0000000000000006'],
};

describe('view state in the URL', () => {
  it('reads back exactly what it wrote', () => {
    expect(parseViewState(serializeViewState(full))).toEqual(full);
  });

  it('leaves defaults out, so the plain view is the bare address', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
    expect(serializeViewState({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, minCount: 3 } })).toBe('?min=3');
  });

  it('keeps ids readable: commas and tildes are not escaped', () => {
    expect(serializeViewState(full)).toContain('domains=enron.com,bp.com');
    expect(serializeViewState(full)).toContain('path=p-0000000000000001~p-0000000000000002');
  });

  it.each([
    ['min=abc', (s: ViewState) => s.filters.minCount, 1],
    ['min=0', (s: ViewState) => s.filters.minCount, 1],
    ['top=1e9', (s: ViewState) => s.filters.top, DEFAULT_VIEW.filters.top],
    ['from=yesterday', (s: ViewState) => s.filters.from, null],
    ['color=purple', (s: ViewState) => s.colorBy, 'community'],
    ['tab=admin', (s: ViewState) => s.tab, 'filters'],
    ['q=x&qp={not json', (s: ViewState) => s.query, { name: 'x', params: {} }],
    ['q=x&qp=[1,2]', (s: ViewState) => s.query, { name: 'x', params: {} }],
    ['path=p-1', (s: ViewState) => s.path, null],
    ['entities=PER,XYZ', (s: ViewState) => s.filters.entityTypes, ['PER']],
    ['entities=0', (s: ViewState) => s.filters.entities, false],
    ['docs=maybe', (s: ViewState) => [s.filters.documents, s.filters.anomalies], [true, 'all']],
    ['docs=0', (s: ViewState) => s.filters.documents, false],
    ['doc=../etc/passwd', (s: ViewState) => s.document, null],
  ])('a mangled link (%s) falls back instead of failing', (search, pick, expected) => {
    expect(pick(parseViewState(`?${search}`))).toEqual(expected);
  });
});
