/** BIO/IOB2 tag sequences → typed character spans (an I- that follows nothing of its type starts a span). */
import type { EntityType } from '../../ingest/extract/entities/types.js';
import type { GoldSpan } from './gold.js';

export function spansFromBio(
  tags: string[],
  offsets: number[][],
  typeOf: (tag: string) => EntityType | undefined,
): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let open: { type: EntityType | undefined; tag: string; start: number; end: number } | undefined;
  const close = () => {
    if (open?.type) spans.push({ type: open.type, start: open.start, end: open.end });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const [, prefix, name] = /^([BI])-(.+)$/.exec(tag) ?? [];
    const [start, end] = offsets[i] as [number, number];
    if (!prefix || !name) return close();
    if (prefix === 'I' && open?.tag === name) {
      open.end = end;
      return;
    }
    close();
    open = { type: typeOf(name), tag: name, start, end };
  });
  close();
  return spans;
}
