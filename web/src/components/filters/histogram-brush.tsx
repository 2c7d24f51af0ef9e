/**
 * A time-range brush over the messages-per-month histogram: drag across the bars to choose a
 * range, click outside it to clear. The date fields below do the same from the keyboard.
 */
import { useRef, useState } from 'preact/hooks';

import { formatCount } from '../common/format.js';
import { fillMonths, trimOutliers } from '../common/months.js';

export interface Range {
  from: string | null;
  to: string | null;
}

const W = 280;
const H = 64;

/** Last day of a YYYY-MM month, as YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

export function HistogramBrush({
  histogram,
  value,
  onChange,
}: {
  histogram: { month: string; messages: number }[];
  value: Range;
  onChange(r: Range): void;
}) {
  const trimmed = trimOutliers(histogram, (r) => r.messages);
  const months = fillMonths(trimmed.rows, (month) => ({ month, messages: 0 }));
  const outside = trimmed.before + trimmed.after;
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (months.length === 0) return <p class="muted">No dated messages.</p>;
  const max = Math.max(1, ...months.map((m) => m.messages));
  const bar = W / months.length;
  const indexAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.max(0, Math.min(months.length - 1, Math.floor(((clientX - box.left) / box.width) * months.length)));
  };
  const selected = (i: number) => {
    if (drag) return i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end);
    const m = months[i]!.month;
    return (
      (!value.from || monthEnd(m) >= value.from) && (!value.to || `${m}-01` <= value.to) && !!(value.from || value.to)
    );
  };
  const finish = () => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)];
    setDrag(null);
    onChange({ from: `${months[a]!.month}-01`, to: monthEnd(months[b]!.month) });
  };
  return (
    <>
      <svg
        ref={svg}
        class="brush"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`messages per month, ${months[0]!.month} to ${months.at(-1)!.month}; drag to choose a time range`}
        onPointerDown={(e) => {
          (e.currentTarget as SVGSVGElement).setPointerCapture(e.pointerId);
          const i = indexAt(e.clientX);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: indexAt(e.clientX) })}
        onPointerUp={finish}
        onPointerCancel={() => setDrag(null)}
      >
        {months.map((m, i) => {
          const h = m.messages ? Math.max(1.5, (m.messages / max) * (H - 4)) : 0;
          return (
            <rect
              key={m.month}
              x={i * bar}
              y={H - h}
              width={Math.max(0.8, bar - 0.6)}
              height={h}
              class={selected(i) ? 'bar on' : 'bar'}
            >
              <title>{`${m.month}: ${formatCount(m.messages)} messages`}</title>
            </rect>
          );
        })}
      </svg>
      <div class="brush-axis">
        <span>{months[0]!.month}</span>
        <span>{months.at(-1)!.month}</span>
      </div>
      {outside > 0 && (
        <small class="muted">
          {formatCount(outside)} messages with outlying dates are left off the chart (the date fields reach them).
        </small>
      )}
    </>
  );
}
