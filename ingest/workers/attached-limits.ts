/**
 * The bounds on mail attached to mail (workers/attached-mail.ts), apart from the reader: the command
 * line shows their defaults without loading the mail parser.
 */
export interface AttachedLimits {
  /** Mail attached to mail attached to … : levels below the message read from the file. */
  maxDepth: number;
  /** Attached mails read out of one message, every level included. */
  maxMessages: number;
}

// Real forwards nest a few levels (a complaint forwarding a forward of the original); eight is
// already beyond anything a person does by hand, and keeps a quine-like carrier from recursing.
export const DEFAULT_MAX_ATTACHED_DEPTH = 8;
// A mail client's "forward as attachment" of a whole folder carries hundreds; a thousand per
// message keeps one hostile carrier from turning into millions of messages.
export const DEFAULT_MAX_ATTACHED_MESSAGES = 1_000;

export const DEFAULT_ATTACHED_LIMITS: AttachedLimits = {
  maxDepth: DEFAULT_MAX_ATTACHED_DEPTH,
  maxMessages: DEFAULT_MAX_ATTACHED_MESSAGES,
};

export const ATTACHED_LIMIT_OPTIONS: Record<keyof AttachedLimits, string> = {
  maxDepth: '--max-attached-depth',
  maxMessages: '--max-attached-messages',
};
