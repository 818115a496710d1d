// Which parts of a shown title to mark. Ranges are [start, end) character offsets into the text.
import { normalize } from './normalize';

export type Range = readonly [start: number, end: number];

export interface Highlighted {
  text: string;
  ranges: Range[];
}

/** A text split into marked and plain parts, in order: what a component renders. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** Sorts ranges, drops empty ones and joins ranges that touch or overlap. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * fuse.js match indices ([start, end] inclusive) as ranges, keeping only runs of at least
 * `minLength` characters: a fuzzy match scatters single letters that mean nothing to a reader.
 */
export function rangesFromFuse(
  indices: ReadonlyArray<readonly [number, number]>,
  minLength = 2,
): Range[] {
  return mergeRanges(
    indices
      .filter(([start, end]) => end - start + 1 >= minLength)
      .map(([start, end]) => [start, end + 1] as const),
  );
}

/** Words as shown, with letters joined by "/", "&" or "." kept together (A/R, E&M). */
const SHOWN_WORD = /\p{L}(?:[/&.]\p{L})+|[\p{L}\p{N}]+/gu;

/**
 * Marks the words of `text` that the query names: the same word after normalisation, or a word that
 * begins with one of `prefixes` (what the user is still typing).
 */
export function highlightWords(
  text: string,
  words: readonly string[],
  prefixes: readonly string[] = [],
): Highlighted {
  const ranges: Range[] = [];
  if (words.length + prefixes.length > 0) {
    for (const match of text.matchAll(SHOWN_WORD)) {
      const word = normalize(match[0]).replace(/ /g, '');
      if (words.includes(word) || prefixes.some((prefix) => word.startsWith(prefix))) {
        ranges.push([match.index, match.index + match[0].length]);
      }
    }
  }
  return { text, ranges: mergeRanges(ranges) };
}

export function textParts({ text, ranges }: Highlighted): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    const from = Math.max(start, position);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    if (from > position) parts.push({ text: text.slice(position, from), marked: false });
    parts.push({ text: text.slice(from, to), marked: true });
    position = to;
  }
  if (position < text.length) parts.push({ text: text.slice(position), marked: false });
  return parts;
}
