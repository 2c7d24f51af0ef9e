/**
 * ① read: whose mailbox (the custodian) and which folder a message belongs to, from where it
 * was found. The rules, applied to the folders between the ingest root and the file (archives
 * count as folders unpacked where they lie, so a tarball reads like its unpacked tree):
 *
 * 1. A folder called "maildir" (any case) holds mailboxes, it is not one: it is left out
 *    (the Enron tarball's top folder, ~/Maildir).
 * 2. Standard maildir: the cur/, new/ and tmp/ folders are left out; a Maildir++ folder
 *    ".Sent.2019" is the folder "Sent/2019"; messages of the maildir's own cur/new/tmp are in "INBOX".
 * 3. The first folder left is the mailbox; the folders below it are the folder path.
 *    Enron CMU layout: maildir/south-s/sent_items/1. → mailbox "south-s", folder "sent_items".
 * 4. With no folder left (the file lies in the ingest root or an archive's root), a message file
 *    belongs to the root's mailbox (the name of the folder or archive given), while a file that
 *    holds a whole mailbox (mbox, PST) is named after itself: alice.mbox → mailbox "alice".
 * 5. A mailbox file below its mailbox folder adds its own name to the folder path:
 *    alice/Sent (Thunderbird mbox) → mailbox "alice", folder "Sent".
 * Point the ingest at the folder that holds the mailboxes: given maildir/south-s itself, its
 * folders would be taken for mailboxes (rule 3); nothing in a CMU tree says otherwise.
 */

export interface Place {
  mailbox: string;
  /** Folder path segments inside the mailbox (joined with "/" in SourceRef.folder). */
  folder: string[];
}

const MAILDIR_LEAVES = new Set(['cur', 'new', 'tmp']);
const MAILBOX_FILE_EXTENSIONS = /(\.(tar\.gz|tgz|tar|zip|gz|mbox|mboxrd|mbx|pst|ost|msg|eml))+$/i;

/** A file's name without the extensions of mail and archive formats: "alice.mbox.gz" → "alice". */
export function baseNameOf(fileName: string): string {
  return fileName.replace(MAILBOX_FILE_EXTENSIONS, '') || fileName;
}

/** The label of an ingest root: its name, or its parent's when it is a "maildir" folder. */
export function rootLabelOf(rootPath: string): string {
  const parts = rootPath.split(/[/\\]/).filter(Boolean);
  const last = parts.at(-1) ?? rootPath;
  return /^maildir$/i.test(last) && parts.length > 1 ? parts.at(-2)! : last;
}

/** Maildir files: "1.", "2." (the Enron CMU layout) or anything under cur/, new/ or tmp/. */
export function isMaildirFile(dirs: string[], name: string): boolean {
  return /^\d+\.?$/.test(name) || MAILDIR_LEAVES.has(dirs.at(-1) ?? '');
}

function folderName(segment: string): string[] {
  // Maildir++: ".Sent.2019" is "Sent/2019".
  return segment.startsWith('.') && segment.length > 1 ? segment.slice(1).split('.').filter(Boolean) : [segment];
}

export function placeOf(
  node: { dirs: string[]; name: string; rootLabel: string },
  kind: 'message' | 'mailbox-file',
): Place {
  let dirs = node.dirs.filter((d) => !/^maildir$/i.test(d));
  const standard = MAILDIR_LEAVES.has(dirs.at(-1) ?? '');
  if (standard) dirs = dirs.slice(0, -1);
  const own = kind === 'mailbox-file' ? [baseNameOf(node.name)] : [];
  const inbox = standard ? ['INBOX'] : [];
  // A Maildir++ folder at the top is a folder of the root's maildir, not a mailbox.
  if (dirs.length === 0 || dirs[0]!.startsWith('.')) {
    const folder = dirs.flatMap(folderName);
    if (kind === 'mailbox-file' && folder.length === 0) return { mailbox: own[0]!, folder: [] };
    return { mailbox: node.rootLabel, folder: [...folder, ...own].length > 0 ? [...folder, ...own] : inbox };
  }
  const folder = [...dirs.slice(1).flatMap(folderName), ...own];
  return { mailbox: dirs[0]!, folder: folder.length > 0 ? folder : inbox };
}
