/**
 * Whose words each line of a body is: the writer's own, the writer's signature, quoted (a reply chain) or
 * forwarded, or metadata and boilerplate that is never read (reply/forward separators and the header
 * blocks under them, "On … wrote:" attributions, disclaimers and list footers).
 *
 * Own region (above the first boundary): the sign-off and signature block at its end is "signature",
 * interleaved "> " lines are "quoted", a disclaimer or list footer is dropped. Below each boundary: the
 * header block is dropped, the text is "forwarded" or "quoted" by the boundary's kind, its footer dropped.
 * An Original Message block is forwarded when the subject says so (FW:, Fwd:, TR:), quoted otherwise.
 */
import type { MentionContext } from '../types.js';
import type { Line } from './lines.js';
import { attributionLines, type Boundary, boundaryEnd, findBoundary, isQuotedLine } from './quoted.js';
import { findFooterStart, findSignatureStart, signerLine } from './signature.js';

const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|sv)\s*:\s*)*(?:fw|fwd|tr|wg|fwd?\s*\[\d+\])\s*:/i;

export interface LineContexts {
  /** Per line: its context, or null when the line is metadata or boilerplate. */
  contexts: (MentionContext | null)[];
  /** The line that holds only the writer's name under the sign-off ("Frank", "AZMAT"), when there is one. */
  signer?: number;
}

export function lineContexts(lines: Line[], subject = ''): LineContexts {
  const contexts: (MentionContext | null)[] = new Array(lines.length).fill(null);
  let boundary = findBoundary(lines);
  const ownEnd = boundary?.at ?? lines.length;
  const footer = findFooterStart(lines, ownEnd);
  const signature = findSignatureStart(lines, footer);
  const signer = signerLine(lines, signature, footer);
  const attributions = attributionLines(lines, lines.length);
  for (let i = 0; i < footer; i++) {
    if (attributions.has(i)) continue;
    contexts[i] = isQuotedLine(lines[i]!) ? 'quoted' : i < signature ? 'own' : 'signature';
  }
  let previous: MentionContext = FORWARD_SUBJECT.test(subject) ? 'forwarded' : 'quoted';
  while (boundary) {
    const start = boundaryEnd(lines, boundary);
    // The next boundary lies after this one's first line whatever its metadata looked like, so the walk
    // always moves on (a header block that ends where it starts once made it find the same one forever).
    const next: Boundary | undefined = findBoundary(lines, Math.max(start, boundary.at + 1));
    const end = next?.at ?? lines.length;
    const context: MentionContext =
      boundary.kind === 'forward' ? 'forwarded' : boundary.kind === 'reply' ? 'quoted' : previous;
    const segmentFooter = findFooterStart(lines, end, start);
    for (let i = start; i < segmentFooter; i++) if (!attributions.has(i)) contexts[i] = context;
    previous = context;
    boundary = next;
  }
  return { contexts, ...(signer !== undefined && { signer }) };
}
