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
  /** The message's own properties: only on the first record of the message, the one that creates it. */
  message?: MessageRow;
  /** Smallest Message-ID of this batch's copies. */
  messageId: string | null;
  copies: CopyRow[];
  roles: Record<'sent' | RecipientRole, RoleEntry[]>;
  /** [sha256, name, inline] */
  attachments: [sha256: string, name: string, inline: boolean][];
  signals?: {
    client: string | null;
    messageIdDomain: string | null;
    messageIdNote: string | null;
    /** [kind, note] */
    flagged: [kind: string, note: string][];
  };
  signatures: SignatureRow[];
}
