/**
 * ⑤ write (bulk first load): what one batch says about one message, as spilled to disk between
 * reading and reducing (spill.ts). Compact on purpose: a message seen again carries no body.
 */
import type { SignatureRow } from '../../extract/dkim/rows.js';
import type { CopyRow, MessageRow, RecipientRole } from '../../batch/graph-schema.js';

/** [address, display name] */
export type RoleEntry = [email: string, name: string | null];

export interface MessageRecord {
  id: string;
  /**
   * The message's own properties, from the copy with the smallest key this batch holds: only on a
   * record whose copy is smaller than every copy of the message spilled before (so few carry a body).
   */
  message?: MessageRow;
  /** Smallest Message-ID of this batch's copies. */
  messageId: string | null;
  copies: CopyRow[];
  roles: Record<'sent' | RecipientRole, RoleEntry[]>;
  /** The attachments of `message`'s copy (none without it): [sha256, name, inline, part]. */
  attachments: [sha256: string, name: string, inline: boolean, part: number][];
  signals?: {
    client: string | null;
    messageIdDomain: string | null;
    messageIdNote: string | null;
    /** [kind, note] */
    flagged: [kind: string, note: string][];
  };
  signatures: SignatureRow[];
}
