// Messages with markup in them: "Not sure? <quiz>Take the quiz</quiz>." A sentence stays one
// string, so a translation can move the link; components/ui/rich-text.tsx renders the parts.

export type RichPart = { kind: 'text'; text: string } | { kind: 'tag'; tag: string; text: string };

const TAG = /<(\w+)>(.*?)<\/\1>/gs;

/** The message split into plain text and tagged runs (tags do not nest). */
export function parseRichText(message: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const match of message.matchAll(TAG)) {
    if (match.index > last) parts.push({ kind: 'text', text: message.slice(last, match.index) });
    parts.push({ kind: 'tag', tag: match[1] ?? '', text: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ kind: 'text', text: message.slice(last) });
  return parts;
}

/** The tag names a message uses, sorted: a translation must use the same ones. */
export function tagsOf(message: string): string[] {
  return [...new Set([...message.matchAll(TAG)].map((match) => match[1] ?? ''))].sort();
}

/** The message's words without its markup: for titles, alt text and measuring. */
export function plainText(message: string): string {
  return message.replace(TAG, '$2');
}
