/**
 * Leftovers that must never become entities: HTML tags and character references that survived the
 * HTML→text conversion (or sat in a text/plain part), URLs and e-mail addresses. They are overwritten with
 * spaces of the same length, so every offset in the line stays valid.
 */

const LEFTOVERS = new RegExp(
  [
    '<\\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\\s[^<>]{0,500})?\\/?>', // tags
    '<!--[\\s\\S]{0,2000}?-->', // comments
    '&(?:#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});', // character references
    '\\b(?:https?|ftp|mailto):[^\\s<>"]+', // URLs
    '\\bwww\\.[^\\s<>"]+',
    "[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+", // addresses
    '\\[(?:cid|image):[^\\]]*\\]', // inline-image placeholders
    '<\\s?<[^<>\\n]{1,200}>\\s?>', // Outlook/Notes attachment markers: <<Report.doc>>, << File: x.xls >>
    '<\\s?(?:Embedded|OLE Object|File)\\b[^<>\\n]{0,120}>', // <Embedded StdOleLink>
    // An attachment's file name on a list line or after "File:": " - Letter Proposal to Jaime Sanabria.doc".
    '(?<=^[ \\t]*[-*•][ \\t]*|File:[ \\t]*)[^\\n<>]{1,120}?\\.(?:docx?|xlsx?|pptx?|pdf|lwp|wpd|rtf|csv|zip|msg)\\b',
  ].join('|'),
  'g',
);

export function blankMarkup(line: string): string {
  if (!/[<&@:[]|www\.|\.(?:docx?|xlsx?|pptx?|pdf|lwp|wpd|rtf|csv|zip|msg)\b/i.test(line)) return line;
  return line.replace(LEFTOVERS, (m) => ' '.repeat(m.length));
}
