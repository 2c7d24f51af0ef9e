/**
 * Louvain communities over who-emailed-whom (mentions carry no weight), with a seeded random
 * source so the same graph always gets the same communities. Colours come from stable-colors.ts
 * (a person keeps theirs across views). Also builds the legends.
 */
import louvain from 'graphology-communities-louvain';

import type { EntityType } from '../../../contract/constants.js';
import { seededRandom } from './random.js';
import { type ColorMemory, matchColors } from './stable-colors.js';
import {
  DOCUMENT_ANOMALY_COLOR,
  DOCUMENT_COLOR,
  ENTITY_COLORS,
  ENTITY_NAMES,
  type LegendEntry,
  OTHER_COLOR,
} from './style.js';
import { type CommGraph, volumeOf } from './types.js';

export function assignCommunities(graph: CommGraph): void {
  let emailed = 0;
  graph.forEachEdge((_, a) => {
    if (a.kind === 'emailed') emailed++;
  });
  if (emailed === 0) {
    graph.updateEachNodeAttributes((_, a) => ({ ...a, community: -1 }));
    return;
  }
  louvain.assign(graph, {
    nodeCommunityAttribute: 'community',
    getEdgeWeight: (_, a) => (a.kind === 'emailed' ? a.count : 0),
    rng: seededRandom(42),
  });
}

export interface Coloring {
  /** Colour of a community (by id) or a domain (by name); missing keys are OTHER_COLOR. */
  community: Map<number, string>;
  domain: Map<string, string>;
  communityLegend: LegendEntry[];
  domainLegend: LegendEntry[];
  entityLegend: LegendEntry[];
  /** Document nodes drawn (issue 12): without and with anomalies. */
  documentLegend: LegendEntry[];
  /** Persons per organisation domain in this graph (all of them, not only the legend's). */
  domainCounts: Map<string, number>;
}

/**
 * The domain filter's list: every domain seen in any graph so far (so a domain filtered out can be
 * chosen again), with its persons in the graph drawn now (0 when none is drawn), most first.
 */
export function domainChoices(seen: ReadonlySet<string>, drawn: ReadonlyMap<string, number>): [string, number][] {
  const all = new Set([...seen, ...drawn.keys()]);
  all.delete(NO_DOMAIN);
  return [...all]
    .map((d): [string, number] => [d, drawn.get(d) ?? 0])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const LEGEND_ROWS = 12;
export const NO_DOMAIN = '(no domain)';

function legend<K>(sizes: Map<K, number>, colors: Map<K, string>, name: (k: K) => string): LegendEntry[] {
  const rows = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
  const shown = rows
    .slice(0, LEGEND_ROWS)
    .map(([k, count]) => ({ key: String(k), label: name(k), color: colors.get(k) ?? OTHER_COLOR, count }));
  const rest = rows.slice(LEGEND_ROWS).reduce((sum, [, c]) => sum + c, 0);
  if (rest > 0) shown.push({ key: '…', label: `${rows.length - LEGEND_ROWS} more`, color: OTHER_COLOR, count: rest });
  return shown;
}

/** What the previous views were drawn in, per colouring (kept by the explorer for the session). */
export interface ColoringMemory {
  community: ColorMemory;
  domain: ColorMemory;
}

export const emptyColoringMemory = (): ColoringMemory => ({ community: new Map(), domain: new Map() });

function push<K>(groups: Map<K, string[]>, key: K, node: string): void {
  const list = groups.get(key);
  if (list) list.push(node);
  else groups.set(key, [node]);
}

const sizesOf = <K>(groups: Map<K, string[]>) => new Map([...groups].map(([k, list]) => [k, list.length]));

export function computeColoring(graph: CommGraph, memory: ColoringMemory): Coloring {
  const communities = new Map<number, string[]>();
  const domains = new Map<string, string[]>();
  const communityHub = new Map<number, { label: string; volume: number }>();
  const entitySizes = new Map<EntityType, number>();
  const documents = [0, 0];
  graph.forEachNode((node, a) => {
    if (a.kind === 'entity') {
      if (a.entityType) entitySizes.set(a.entityType, (entitySizes.get(a.entityType) ?? 0) + 1);
      return;
    }
    if (a.kind === 'document') {
      documents[(a.anomalyCount ?? 0) > 0 ? 1 : 0]++;
      return;
    }
    push(communities, a.community, node);
    const hub = communityHub.get(a.community);
    if (!hub || volumeOf(a) > hub.volume) communityHub.set(a.community, { label: a.label, volume: volumeOf(a) });
    push(domains, a.domain || NO_DOMAIN, node);
  });
  const community = matchColors(communities, memory.community);
  const domain = matchColors(domains, memory.domain);
  const communitySizes = sizesOf(communities);
  const domainSizes = sizesOf(domains);
  return {
    community,
    domain,
    communityLegend: legend(communitySizes, community, (k) =>
      k < 0 ? 'no mail' : `around ${communityHub.get(k)?.label ?? '?'}`,
    ),
    domainLegend: legend(domainSizes, domain, (k) => k),
    domainCounts: domainSizes,
    entityLegend: [...entitySizes.entries()].map(([k, count]) => ({
      key: k,
      label: ENTITY_NAMES[k],
      color: ENTITY_COLORS[k],
      count,
    })),
    documentLegend: [
      { key: 'plain', label: 'documents', color: DOCUMENT_COLOR, count: documents[0]! },
      { key: 'anomalous', label: 'with anomalies', color: DOCUMENT_ANOMALY_COLOR, count: documents[1]! },
    ].filter((e) => e.count > 0),
  };
}
