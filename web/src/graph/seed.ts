/**
 * A first picture before any layout: each community in its own disc, the biggest in the middle
 * and the others around it on a sunflower spiral. Readable at once, and a good start for
 * ForceAtlas2 (it only has to tidy up, not untangle a hairball).
 */
import { hashString, seededRandom } from './random.js';
import type { CommGraph } from './types.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function seedByCommunity(graph: CommGraph): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((node, a) => {
    const list = members.get(a.community);
    if (list) list.push(node);
    else members.set(a.community, [node]);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length);
  // Spacing so discs of area ∝ members do not overlap much: radius of a disc is 4·√members.
  let spiral = 0;
  groups.forEach((nodes, i) => {
    const radius = 4 * Math.sqrt(nodes.length);
    spiral = i === 0 ? 0 : Math.max(spiral + radius * 0.6, 8 * Math.sqrt(i) * Math.sqrt(groups[0]!.length));
    const cx = spiral * Math.cos(i * GOLDEN_ANGLE);
    const cy = spiral * Math.sin(i * GOLDEN_ANGLE);
    for (const node of nodes) {
      const rand = seededRandom(hashString(node));
      const r = radius * Math.sqrt(rand());
      const t = rand() * 2 * Math.PI;
      graph.mergeNodeAttributes(node, { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) });
    }
  });
}
