/**
 * ③ extract (document signals, issue 12): file names too common to say two files are "the same
 * document". Mail clients and scanners name attachments by counter ("image001.png", "ATT00001.htm",
 * "scan0003.pdf"); two different contents under such a name are two documents, not two versions.
 */

const GENERIC_STEMS =
  /^(?:image|img|att|attachment|untitled|noname|unnamed|part|file|document|doc|scan|scanned|picture|pic|photo|dsc|dscn|img_|oledata|winmail|smime|signature|logo|graphic|clip_image|mime-attachment|outlook|ecblank|pastedgraphic|screenshot|capture)[\s_\-.()]*\d*[\s_\-()]*\d*$/i;

/** Whether two contents under this name may be versions of one document. */
export function isDistinctiveFileName(name: string): boolean {
  const trimmed = name.trim();
  if (!trimmed) return false;
  const stem = trimmed.replace(/\.[\p{L}\p{N}]{1,5}$/u, '');
  // A stem of digits alone, or of one or two letters, names nothing in particular.
  if (!/\p{L}{3}/u.test(stem)) return false;
  return !GENERIC_STEMS.test(stem);
}
