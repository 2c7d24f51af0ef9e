/**
 * Who this is: other names, volume, and each address with why it belongs to the person. A reason
 * that cites the message showing it ("… (message 01722d04…)") links to that message; an address
 * can be split off into a person of its own.
 */
import type { PersonDetail } from '../../../../contract/index.js';
import { openMessage } from '../../state/actions.js';
import { formatCount, formatDay } from '../common/format.js';
import { windowLabel } from '../common/time-window.js';
import { SplitButton } from './corrections.js';

const CITED_MESSAGE = /\(message ([0-9a-f]{32})\)/;

/** The reason text with the cited message, if any, as a link that opens it. */
export function ReasonText({ text }: { text: string }) {
  const m = CITED_MESSAGE.exec(text);
  if (!m) return <>{text}</>;
  const id = m[1]!;
  return (
    <>
      {text.slice(0, m.index)}(
      <button
        class="link"
        onClick={() => openMessage(id)}
        title={`open message ${id}, which shows it`}
        data-message={id}
      >
        message {id.slice(0, 8)}…
      </button>
      ){text.slice(m.index + m[0].length)}
    </>
  );
}

export function Identity({ p }: { p: PersonDetail }) {
  const otherNames = p.names.filter((n) => n !== p.name);
  const window = p.window ? windowLabel(p.window) : null;
  return (
    <>
      {otherNames.length > 0 && <p class="aka">also: {otherNames.join(' · ')}</p>}
      <dl class="facts">
        <dt>Sent</dt>
        <dd data-testid="person-sent">{formatCount(p.sent)}</dd>
        <dt>Received</dt>
        <dd data-testid="person-received">{formatCount(p.received)}</dd>
        {window && (
          <>
            <dt>In</dt>
            <dd class="window-note" data-testid="person-window">
              {window} <span class="muted">(time filter)</span>
            </dd>
          </>
        )}
        <dt>Active</dt>
        <dd>
          {formatDay(p.first)} – {formatDay(p.last)}
        </dd>
      </dl>
      <h3>Addresses</h3>
      <ul class="addresses">
        {p.addresses.map((a) => (
          <li key={a.email}>
            <span class="email">{a.email}</span>
            <span class="muted">
              {' '}
              {a.kind !== 'smtp' && `${a.kind} · `}
              {formatCount(a.sent)} sent · {formatCount(a.received)} received
            </span>
            {p.addresses.length > 1 && (
              <>
                {' '}
                <SplitButton email={a.email} name={p.name} />
              </>
            )}
            {a.reason && (
              <div class="reason">
                <ReasonText text={a.reason} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
