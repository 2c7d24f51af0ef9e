/**
 * Louvain communities over who-emailed-whom (mentions carry no weight), with a seeded random
 * source so the same graph always gets the same communities and colours. Also builds the legends.
 */
import louvain from 'graphology-communities-louvain';

import type { EntityType } from '../../../contract/constants.js';
import { seededRandom } from './random.js';
import { ENTITY_COLORS, ENTITY_NAMES, type LegendEntry, OTHER_COLOR, rankColors } from './style.js';
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
  /** Persons per organisation domain in this graph (all of them, not only the legend's). */
  domainCounts: Map<string, number>;
}

/** The domain filter's list: every domain seen in any graph so far, with its largest count. */
export function rememberDomains(seen: ReadonlyMap<string, number>, coloring: Coloring): Map<string, number> {
  const domains = new Map(seen);
  for (const [domain, n] of coloring.domainCounts)
    if (domain !== NO_DOMAIN) domains.set(domain, Math.max(n, domains.get(domain) ?? 0));
  return domains;
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

export function computeColoring(graph: CommGraph): Coloring {
  const communitySizes = new Map<number, number>();
  const communityHub = new Map<number, { label: string; volume: number }>();
  const domainSizes = new Map<string, number>();
  const entitySizes = new Map<EntityType, number>();
  graph.forEachNode((_, a) => {
    if (a.kind === 'entity') {
      if (a.entityType) entitySizes.set(a.entityType, (entitySizes.get(a.entityType) ?? 0) + 1);
      return;
    }
    communitySizes.set(a.community, (communitySizes.get(a.community) ?? 0) + 1);
    const hub = communityHub.get(a.community);
    if (!hub || volumeOf(a) > hub.volume) communityHub.set(a.community, { label: a.label, volume: volumeOf(a) });
    const domain = a.domain || NO_DOMAIN;
    domainSizes.set(domain, (domainSizes.get(domain) ?? 0) + 1);
  });
  const community = rankColors(communitySizes);
  const domain = rankColors(domainSizes);
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
  };
}
