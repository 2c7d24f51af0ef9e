/**
 * Colours that keep their meaning from one view to the next. Communities are recomputed on every
 * filter or expansion and come back with new ids; matched to the colours their members had
 * (largest overlap first), a person keeps their colour and "blue" keeps meaning the same circle.
 * Domains keep theirs by name. Only the largest groups get a palette colour; the rest are grey.
 */
import { OTHER_COLOR, PALETTE } from './style.js';

/** What each member (person id, or domain name) was last drawn in. */
export type ColorMemory = Map<string, string>;

/**
 * Colours for groups (largest first get one), preferring for each group the colour most of its
 * members had: pairs (group, remembered colour) are taken by overlap, largest first, each group
 * and colour once; groups left over take the free palette colours in order. Updates `memory`.
 */
export function matchColors<K>(members: Map<K, string[]>, memory: ColorMemory): Map<K, string> {
  const ranked = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  const eligible = ranked.slice(0, PALETTE.length);
  const pairs: { group: K; color: string; overlap: number; size: number; rank: number }[] = [];
  eligible.forEach(([group, list], rank) => {
    const tally = new Map<string, number>();
    for (const m of list) {
      const c = memory.get(m);
      if (c && c !== OTHER_COLOR) tally.set(c, (tally.get(c) ?? 0) + 1);
    }
    for (const [color, overlap] of tally) pairs.push({ group, color, overlap, size: list.length, rank });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || b.size - a.size || a.rank - b.rank || (a.color < b.color ? -1 : 1));
  const colors = new Map<K, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (colors.has(p.group) || taken.has(p.color)) continue;
    colors.set(p.group, p.color);
    taken.add(p.color);
  }
  const free = PALETTE.filter((c) => !taken.has(c));
  for (const [group] of eligible) if (!colors.has(group)) colors.set(group, free.shift()!);
  for (const [group, list] of ranked) {
    const color = colors.get(group) ?? OTHER_COLOR;
    for (const m of list) memory.set(m, color);
  }
  return colors;
}
