// Spanish syllables, counted from spelling. Spanish spelling is regular enough that a syllable is a
// vowel nucleus: adjacent vowels share one (a diphthong or triphthong) unless they are two strong
// vowels (a, e, o) or an accented í/ú meets a strong one (a hiatus: pa-ís, re-ú-ne). No npm package
// fits: `silabea` (the one maintained-looking splitter) ships mocha and chai as runtime
// dependencies and keeps global state, and hyphenation patterns (`hyphenation.es`) never split off
// a one-letter syllable ("aéreo" would lose two), so they undercount.

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'à', 'è', 'ò']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü', 'y', 'ï', ...ACCENTED_WEAK]);

function isVowelLetter(letter: string | undefined): boolean {
  return letter !== undefined && (STRONG.has(letter) || WEAK.has(letter));
}

/**
 * Whether the letter at `index` is sounded as a vowel. The u of "que", "qui", "gue", "gui" is
 * silent (ü is not: "pingüino"); y is a vowel only where no vowel follows it ("hoy", "y", not "yo").
 */
function isVowelAt(word: string, index: number): boolean {
  const letter = word[index];
  if (!isVowelLetter(letter)) return false;
  const previous = word[index - 1];
  const next = word[index + 1];
  if (letter === 'u' && previous === 'q') return false;
  if (letter === 'u' && previous === 'g' && next !== undefined && 'eéií'.includes(next))
    return false;
  if (letter === 'y') return !isVowelLetter(next);
  return true;
}

/** Two vowels side by side are sounded apart (a hiatus) rather than in one syllable. */
function isHiatus(first: string, second: string): boolean {
  if (STRONG.has(first) && STRONG.has(second)) return true;
  if (ACCENTED_WEAK.has(first) && STRONG.has(second)) return true;
  if (STRONG.has(first) && ACCENTED_WEAK.has(second)) return true;
  // The same weak vowel twice ("chiita") is two syllables; two different ones are one ("ciudad").
  return first === second;
}

/** The syllables of one Spanish word, at least one (a number or a code like "CPT" counts one). */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase();
  let syllables = 0;
  let previousVowel: string | null = null;
  for (let index = 0; index < letters.length; index++) {
    const letter = letters[index] ?? '';
    if (!isVowelAt(letters, index)) {
      previousVowel = null;
      continue;
    }
    if (previousVowel === null || isHiatus(previousVowel, letter)) syllables++;
    previousVowel = letter;
  }
  return Math.max(1, syllables);
}
