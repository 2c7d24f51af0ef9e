/**
 * Filters that explain themselves: when the filters leave no one to draw, say which filter did
 * it. Each restricting filter (domains, minimum messages per link, time window) is lifted alone
 * and the persons that would then match are counted (GET /api/graph with top=1 answers the count
 * without drawing); a filter whose lifting brings persons back is named, with that count and the
 * change that brings them back. When no single filter is to blame, all are lifted together.
 */
import type { GraphFilters } from '../../api/client.js';
import { formatCount, formatDay } from '../common/format.js';

export type Restriction = 'domains' | 'minCount' | 'window';

export interface Remedy {
  /** The filters lifted (several when only lifting them together brings persons back). */
  lift: Restriction[];
  /** Persons that match once they are lifted. */
  persons: number;
  /** The change to apply to the filters. */
  patch: Partial<GraphFilters>;
  /** The button's text: "minimum 1 message per link". */
  label: string;
}

export interface EmptyExplanation {
  /** What the filters ask that nothing in the corpus meets, as one sentence. */
  summary: string;
  /** Ways out, the one bringing back most persons first; none when the corpus has no mail at all. */
  remedies: Remedy[];
}

/** Persons the filters match (their count only). */
export type CountMatched = (filters: GraphFilters) => Promise<number>;

const LIFT: Record<Restriction, { patch: Partial<GraphFilters>; label: string }> = {
  domains: { patch: { domains: [] }, label: 'all domains' },
  minCount: { patch: { minCount: 1 }, label: 'minimum 1 message per link' },
  window: { patch: { from: null, to: null }, label: 'all time' },
};

export function restrictions(f: GraphFilters): Restriction[] {
  return [
    ...(f.domains.length ? (['domains'] as const) : []),
    ...(f.minCount > 1 ? (['minCount'] as const) : []),
    ...(f.from || f.to ? (['window'] as const) : []),
  ];
}

function windowText(f: GraphFilters): string {
  if (f.from && f.to) return ` between ${formatDay(f.from)} and ${formatDay(f.to)}`;
  if (f.from) return ` from ${formatDay(f.from)} on`;
  if (f.to) return ` up to ${formatDay(f.to)}`;
  return '';
}

/** "ca.gov has no link of 50 or more messages between 2001-08-01 and 2002-02-28." */
export function emptySummary(f: GraphFilters): string {
  const who = f.domains.length ? f.domains.join(', ') : 'No one';
  const has = f.domains.length ? (f.domains.length === 1 ? 'has no' : 'have no') : 'has a';
  const what = f.minCount > 1 ? `link of ${formatCount(f.minCount)} or more messages` : 'link to another person';
  const where = f.domains.length > 1 ? ' among them' : '';
  return `${who} ${has} ${what}${where}${windowText(f)}.`;
}

const lifted = (f: GraphFilters, lift: Restriction[]): GraphFilters =>
  Object.assign({ ...f }, ...lift.map((r) => LIFT[r].patch)) as GraphFilters;

const remedy = (lift: Restriction[], persons: number): Remedy => ({
  lift,
  persons,
  patch: Object.assign({}, ...lift.map((r) => LIFT[r].patch)) as Partial<GraphFilters>,
  label: lift.map((r) => LIFT[r].label).join(' + '),
});

export async function explainEmpty(f: GraphFilters, countMatched: CountMatched): Promise<EmptyExplanation> {
  const active = restrictions(f);
  if (active.length === 0)
    return {
      summary:
        'The database holds no correspondence between persons yet: ingest a mail folder first (leakgraph ingest <folder>).',
      remedies: [],
    };
  const alone = await Promise.all(active.map((r) => countMatched(lifted(f, [r]))));
  let remedies = active.flatMap((r, i) => (alone[i]! > 0 ? [remedy([r], alone[i]!)] : []));
  if (remedies.length === 0 && active.length > 1) {
    const all = await countMatched(lifted(f, active));
    if (all > 0) remedies = [remedy(active, all)];
  }
  remedies.sort((a, b) => b.persons - a.persons);
  const blame =
    remedies.length === 0
      ? ' Even without these filters no one would be drawn.'
      : remedies[0]!.lift.length > 1
        ? ' No single filter is to blame: only lifting them together brings persons back.'
        : '';
  return { summary: `${emptySummary(f)}${blame}`, remedies };
}

export const remedyText = (r: Remedy): string => `${r.label} (${formatCount(r.persons)} persons)`;
