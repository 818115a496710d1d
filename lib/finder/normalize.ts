// Text normalisation shared by the catalog, the exact phase and the fuzzy phase, so a query and a
// title are compared in the same form: "A/R", "a.r." and "AR" meet, and so do "pro-fee" and "pro fee".

/** Letters joined by a slash, ampersand or dot are one abbreviation: A/R, E&M, E/M, a.r. */
const JOINED_LETTERS = /\b(\p{L})(?:[/&.](\p{L}))+\b\.?/gu;

/**
 * Words that carry no meaning in a job search ("someone who codes charts", "empleo de codificador").
 * Normalisation rules, not vocabulary: they are never matched, only dropped from queries. English and
 * Spanish share one list: no word of one is a job word of the other.
 */
const QUERY_STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'by',
  'career',
  'do',
  'does',
  'doing',
  'for',
  'from',
  'in',
  'is',
  'it',
  'job',
  'like',
  'me',
  'my',
  'of',
  'on',
  'or',
  'person',
  'position',
  'role',
  'somebody',
  'someone',
  'that',
  'the',
  'to',
  'want',
  'what',
  'who',
  'with',
  'work',
  'working',
  // Spanish, in singular form (the list is checked after `singular`).
  'al',
  'alguien',
  'busco',
  'como',
  'con',
  'de',
  'del',
  'el',
  'empleo',
  'en',
  'la',
  'las',
  'lo',
  'los',
  'para',
  'persona',
  'por',
  'puesto',
  'que',
  'quiero',
  'trabajo',
  'un',
  'una',
  'y',
]);

/**
 * Lowercase, without accents, so a query matches with or without them both ways: "codificacion"
 * finds "codificación", and "Médico" finds "medico". NFKD splits each accented letter into its
 * letter and a combining mark (like NFD) and also undoes compatibility forms ("ﬁ", full-width
 * letters); the marks are then dropped.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * One word's singular: "claims" -> "claim", "registries" -> "registry". Words under five letters are
 * left alone, because short words here are mostly credentials (CPCS, CRCS) whose final S is meaningful.
 */
export function singular(word: string): string {
  if (word.length < 5 || !word.endsWith('s')) return word;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The words of a text, lowercase, without diacritics or punctuation: "A/R Follow-ups" -> ar follow ups. */
export function plainWords(text: string): string[] {
  const joined = foldAccents(text)
    .replace(JOINED_LETTERS, (letters) => letters.replace(/[/&.]/g, ''))
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '');
  return joined.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a text in comparable form: plain words, singular. */
export function normalizeWords(text: string): string[] {
  return plainWords(text).map(singular);
}

/** A text in comparable form, words joined by single spaces: "A/R Follow-ups" -> "ar follow up". */
export function normalize(text: string): string {
  return normalizeWords(text).join(' ');
}

/**
 * The key of the exact phase: the normalised text without spaces, so "pro-fee coder", "pro fee coder"
 * and "profee coder" are one key, and so are "CCS-P" and "CCSP".
 */
export function exactKey(text: string): string {
  return normalizeWords(text).join('');
}

/** The words of a query that can mean something: its normalised words without stop words. */
export function queryWords(query: string): string[] {
  return normalizeWords(query).filter((word) => !QUERY_STOP_WORDS.has(word));
}

/**
 * A query without pasted markup: tags ("<b>", "<img src=x>") and the content of script and style
 * elements are no job words, so "<script>alert(1)</script>" searches for nothing.
 */
export function withoutMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-z][^>]*>?/gi, ' ');
}

/** Longer queries are cut: no job title is this long, and a pasted essay must not stall the page. */
export const MAX_QUERY_LENGTH = 120;

/** Words of this length or shorter never go to the fuzzy phase: fuzzy "ar" matches "registrar". */
const SHORT_WORD_MAX_LENGTH = 3;

export function isShortWord(word: string): boolean {
  return word.length <= SHORT_WORD_MAX_LENGTH;
}
