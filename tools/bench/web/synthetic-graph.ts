/**
 * A synthetic communication graph of a given size for the pan/zoom benchmark: persons in
 * communities (most mail inside a community, some across), message counts with a heavy tail,
 * positions around community centres (so a bare sigma page can draw it without a layout).
 * Seeded, so every run draws the same graph.
 */
import type { GraphResponse } from '../../../contract/index.js';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticGraph extends GraphResponse {
  /** Positions for pages that draw without a layout (the explorer lays out on its own). */
  positions: Record<string, { x: number; y: number }>;
}

export function syntheticGraph(nodes: number, edges: number, communities = 40, seed = 7): SyntheticGraph {
  const rand = random(seed);
  const community = (i: number) => i % communities;
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < nodes; i++) members[community(i)]!.push(i);
  const key = (i: number) => `p-${i.toString(16).padStart(16, '0')}`;
  const sent = new Array<number>(nodes).fill(0);
  const received = new Array<number>(nodes).fill(0);
  const seen = new Set<string>();
  const out: GraphResponse['edges'] = [];
  while (out.length < edges) {
    const s = Math.floor(rand() * nodes);
    const pool = rand() < 0.85 ? members[community(s)]! : members[Math.floor(rand() * communities)]!;
    const t = pool[Math.floor(rand() * pool.length)]!;
    if (s === t || seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    const count = Math.max(1, Math.floor(1 / (rand() + 0.02)));
    sent[s]! += count;
    received[t]! += count;
    out.push({
      key: `${key(s)}->${key(t)}`,
      source: key(s),
      target: key(t),
      attributes: { kind: 'emailed', count, to: count, cc: 0, bcc: 0, first: null, last: null },
    });
  }
  const positions: SyntheticGraph['positions'] = {};
  const list: GraphResponse['nodes'] = [];
  for (let i = 0; i < nodes; i++) {
    const c = community(i);
    const angle = (c / communities) * 2 * Math.PI;
    const r = Math.sqrt(-2 * Math.log(rand() + 1e-9)) * 60;
    const theta = rand() * 2 * Math.PI;
    positions[key(i)] = {
      x: Math.cos(angle) * 1000 + r * Math.cos(theta),
      y: Math.sin(angle) * 1000 + r * Math.sin(theta),
    };
    list.push({
      key: key(i),
      attributes: {
        kind: 'person',
        label: `Person ${i}`,
        sent: sent[i]!,
        received: received[i]!,
        domain: `org${c}.example`,
      },
    });
  }
  return {
    attributes: { nodeCount: nodes, edgeCount: out.length, matchedPersons: nodes, hiddenPersons: 0 },
    options: { type: 'directed', multi: false, allowSelfLoops: true },
    nodes: list,
    edges: out,
    positions,
  };
}
