// Text in a chart drawn on the server, where nothing can measure it: estimated widths and wrapping.

/** Average advance of characters as a share of the font size, on the generous side for bold text. */
const NARROW_CHARS = /[.,:;'|!ijlt\-() ]/;
const WIDE_CHARS = /[%MW@]/;
const CHAR_WIDTH = { narrow: 0.35, normal: 0.62, wide: 0.95 } as const;

/** A rough width of a text in px; charts have no text measurement on the server. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW_CHARS.test(char)) ems += CHAR_WIDTH.narrow;
    else if (WIDE_CHARS.test(char)) ems += CHAR_WIDTH.wide;
    else ems += CHAR_WIDTH.normal;
  }
  return ems * fontSize;
}

/** Splits a label into lines of at most maxChars, at spaces; a longer word keeps a line to itself. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
