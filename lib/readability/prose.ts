// The main prose of a built page: the text of its paragraphs, list items, definitions, quotes and
// figure captions inside <main>, as a reader meets it (<noscript> text too: readers without
// JavaScript get it). A block counts when it has six words or more outside its links: shorter ones
// are labels, where a reading formula means nothing, or links with a tag ("Coding Manager · Lead or
// manager", "See also: Denial, Appeal"), a menu rather than prose. Tables, code and anything marked
// `data-prose="exempt"` (a licence notice quoted word for word, say) are left out.
import { wordsOf } from './counts';

const MIN_WORDS = 6;
const BLOCKS = new Set(['p', 'li', 'dd', 'blockquote', 'figcaption']);
// Elements whose text is never main prose, whatever blocks they hold.
const SKIPPED = new Set(['table', 'script', 'style', 'svg', 'code', 'pre', 'template']);
// Inline elements run into the words around them; any other tag is a break between words.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? entity;
  });
}

interface OpenElement {
  tag: string;
  /** Text collected for this element when it is a prose block. */
  text: string[] | null;
  /** The block's words outside any link: a block needs six to be prose, not a list of links. */
  ownWords: number;
  skipped: boolean;
}

/** The prose blocks of <main> in a page's HTML, in order, each as one line of plain text. */
export function mainProse(html: string): string[] {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return [];
  const blocks: string[] = [];
  const stack: OpenElement[] = [];
  for (const [, closing, rawTag, attributes, text] of html.slice(start, end).matchAll(TOKEN)) {
    const skipped = stack.at(-1)?.skipped ?? false;
    if (text !== undefined) {
      if (skipped) continue;
      const block = stack.findLast((element) => element.text !== null);
      if (block === undefined) continue;
      block.text?.push(decodeEntities(text));
      const inLink = stack.slice(stack.indexOf(block)).some((element) => element.tag === 'a');
      if (!inLink) block.ownWords += wordsOf(text).length;
      continue;
    }
    if (rawTag === undefined) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (!INLINE.has(tag)) stack.findLast((element) => element.text !== null)?.text?.push(' ');
    if (closing) {
      const index = stack.findLastIndex((element) => element.tag === tag);
      if (index < 0) continue;
      for (const element of stack.splice(index).reverse()) {
        const line = (element.text ?? []).join('').replace(/\s+/g, ' ').trim();
        if (element.text !== null && element.ownWords >= MIN_WORDS) blocks.push(line);
      }
      continue;
    }
    if (VOID.has(tag) || (attributes ?? '').trimEnd().endsWith('/')) continue;
    const exempt = SKIPPED.has(tag) || /\bdata-prose="exempt"/.test(attributes ?? '');
    // A block inside a block (a list inside a list item) is read on its own.
    const blockText = BLOCKS.has(tag) && !skipped ? [] : null;
    stack.push({ tag, text: blockText, ownWords: 0, skipped: skipped || exempt });
  }
  return blocks;
}
