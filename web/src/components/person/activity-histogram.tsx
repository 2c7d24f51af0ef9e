/**
 * Messages per month, sent above the axis and received below, as a small SVG. Months with no mail
 * are filled in so gaps show as gaps; stray outlying dates are counted, not drawn.
 */
import type { PersonDetail } from '../../../../contract/index.js';
import { formatCount } from '../common/format.js';
import { fillMonths, trimOutliers } from '../common/months.js';

export function ActivityHistogram({ rows }: { rows: PersonDetail['histogram'] }) {
  const trimmed = trimOutliers(rows, (r) => r.sent + r.received);
  const months = fillMonths(trimmed.rows, (month) => ({ month, sent: 0, received: 0 }));
  if (months.length === 0) return <p class="muted">No dated messages.</p>;
  const outside = trimmed.before + trimmed.after;
  const max = Math.max(1, ...months.map((r) => Math.max(r.sent, r.received)));
  const w = 320;
  const h = 72;
  // A short career still reads as a few bars, not one slab across the chart.
  const bar = Math.min(24, w / months.length);
  const half = h / 2 - 2;
  return (
    <figure class="histogram">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={`messages per month, ${months[0]!.month} to ${months.at(-1)!.month}`}
      >
        {months.map((r, i) => (
          <g key={r.month}>
            <title>{`${r.month}: ${formatCount(r.sent)} sent, ${formatCount(r.received)} received`}</title>
            <rect
              class="sent"
              x={i * bar}
              y={h / 2 - (r.sent / max) * half}
              width={Math.max(1, bar - 1)}
              height={(r.sent / max) * half}
            />
            <rect
              class="received"
              x={i * bar}
              y={h / 2}
              width={Math.max(1, bar - 1)}
              height={(r.received / max) * half}
            />
          </g>
        ))}
        <line x1="0" x2={w} y1={h / 2} y2={h / 2} class="axis" />
      </svg>
      <figcaption>
        <span>{months[0]!.month}</span>
        <span class="key">
          <i class="sent" /> sent <i class="received" /> received
        </span>
        <span>{months.at(-1)!.month}</span>
      </figcaption>
      {outside > 0 && <small class="muted">{formatCount(outside)} messages dated outside this range not shown</small>}
    </figure>
  );
}
