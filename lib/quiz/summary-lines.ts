// Reading one pasted line of the class summary: the link or code on it, what kind it is, and the
// text around it (usually the student's name).

/** Labels longer than this are cut: a name, not an essay. */
const MAX_LABEL_LENGTH = 60;
const URL_WITH_RESULT = /[?&#]r=([^&#\s]*)/;
/** The quiz page keeps unfinished answers in "a": a student who sent the quiz before finishing. */
const URL_WITH_PROGRESS = /[?&#]a=([^&#\s]*)/;
const BARE_CODE = /^[0-9]+-[0-9a-z]+$/i;
/** Separators people put between a name and a link: "Ana: https://...", "Ana, https://...". */
const EDGE_SEPARATORS = /^[\s:;,|–—-]+|[\s:;,|–—-]+$/g;

export interface PastedLine {
  /** The answers' code, from a result link, an unfinished quiz link or a bare code. */
  code: string;
  label: string | null;
  /** The link or code as pasted. */
  link: string;
  /** True for a quiz page link with answers so far (`/quiz/#a=...`), not a result. */
  unfinished: boolean;
}

/** Splits a pasted line into its code and the text around it, or null if it has no link or code. */
export function splitResultLine(line: string): PastedLine | null {
  const words = line.trim().split(/\s+/);
  // A link wins over a bare code, so a label such as "Group 2-b" is not taken for a code; a result
  // wins over an unfinished quiz.
  const index = [URL_WITH_RESULT, URL_WITH_PROGRESS, BARE_CODE]
    .map((pattern) => words.findIndex((word) => pattern.test(word)))
    .find((found) => found >= 0);
  const link = index === undefined ? undefined : words[index];
  if (link === undefined) return null;
  const progress = URL_WITH_RESULT.test(link) ? null : URL_WITH_PROGRESS.exec(link);
  const code = (progress ?? URL_WITH_RESULT.exec(link))?.[1] ?? link;
  const label = words
    .filter((_, position) => position !== index)
    .join(' ')
    .replace(EDGE_SEPARATORS, '')
    .slice(0, MAX_LABEL_LENGTH);
  return { code, label: label === '' ? null : label, link, unfinished: progress !== null };
}

/** A name as compared for duplicates: case, accents' composition and spacing do not matter. */
export function nameKey(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
