/**
 * A time-range brush over the messages-per-month histogram: drag across the bars to choose a
 * range, click outside it to clear. Month ticks (years labelled) run under the bars, and a readout
 * says what the brush holds: the range being dragged or set and its messages, or the month under
 * the pointer. The date fields below do the same from the keyboard.
 */
import { useRef, useState } from 'preact/hooks';

import { formatCount } from '../common/format.js';
import { fillMonths, trimOutliers } from '../common/months.js';
import { windowLabel } from '../common/time-window.js';

export interface Range {
  from: string | null;
  to: string | null;
}

const W = 280;
const H = 64;
// Room under the bars for the month ticks and year labels.
const AXIS = 16;

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
  const [hover, setHover] = useState<number | null>(null);
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
  const inRange = months.filter((_, i) => selected(i));
  const count = (rows: { messages: number }[]) => formatCount(rows.reduce((n, r) => n + r.messages, 0));
  let readout: string;
  if (drag) {
    const [a, b] = [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)];
    readout = `${windowLabel({ from: `${months[a]!.month}-01`, to: monthEnd(months[b]!.month) })} · ${count(months.slice(a, b + 1))} messages`;
  } else if (hover !== null)
    readout = `${windowLabel({ from: `${months[hover]!.month}-01`, to: monthEnd(months[hover]!.month) })}: ${formatCount(months[hover]!.messages)} messages`;
  else if (value.from || value.to) readout = `${windowLabel(value)} · ${count(inRange)} messages`;
  else readout = `All dates · ${count(months)} messages (drag to choose a window)`;
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
        viewBox={`0 0 ${W} ${H + AXIS}`}
        role="img"
        aria-label={`messages per month, ${months[0]!.month} to ${months.at(-1)!.month}; drag to choose a time range`}
        onPointerDown={(e) => {
          (e.currentTarget as SVGSVGElement).setPointerCapture(e.pointerId);
          const i = indexAt(e.clientX);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => (drag ? setDrag({ ...drag, end: indexAt(e.clientX) }) : setHover(indexAt(e.clientX)))}
        onPointerLeave={() => setHover(null)}
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
        <MonthTicks months={months.map((m) => m.month)} bar={bar} />
      </svg>
      <div class="brush-readout" aria-live="polite" data-testid="brush-readout">
        {readout}
      </div>
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

/** A tick under every month (a longer one at each January) and the year under Januaries. */
function MonthTicks({ months, bar }: { months: string[]; bar: number }) {
  const years = new Set(months.map((m) => m.slice(0, 4))).size;
  // Year labels stay apart: every year up to a dozen, then every 2nd, 5th, 10th…
  const every = [1, 2, 5, 10, 20, 50].find((n) => years / n <= 12) ?? 100;
  // The first month is labelled too when the first January is far enough not to collide with it.
  const firstJanuary = months.findIndex((m) => m.endsWith('-01'));
  const labelFirst = firstJanuary < 0 || firstJanuary * bar >= 26;
  return (
    <g class="ticks" aria-hidden="true">
      {months.map((m, i) => {
        const january = m.endsWith('-01');
        const labelled =
          ((january && Number(m.slice(0, 4)) % every === 0) || (i === 0 && labelFirst)) && i * bar <= W - 22;
        return (
          <g key={m}>
            {(bar >= 2 || january) && (
              <line x1={i * bar} x2={i * bar} y1={H} y2={H + (january ? 6 : 3)} class={january ? 'year' : 'month'} />
            )}
            {labelled && (
              <text x={i * bar + 1} y={H + AXIS - 2} class="year-label">
                {m.slice(0, 4)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
