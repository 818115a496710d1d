// Light stemming for the lay-phrase ranking: "denied", "denial" and "denials" meet, and so do
// "checks" and "checking", "teacher" and "teaches", "coders'" and "coding". Titles are still matched
// word for word by the main search; stems only say what the work is about.
import { plainWords } from './normalize';

/** Endings cut from a word, longest first; each keeps a stem of at least three letters. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ications', 'i'],
  ['ication', 'i'],
  ['ations', ''],
  ['ation', ''],
  ['ions', ''],
  ['ion', ''],
  ['ments', ''],
  ['ment', ''],
  ['ances', ''],
  ['ance', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'i'],
  ['ied', 'i'],
  ['ers', ''],
  ['er', ''],
  ['ors', ''],
  ['or', ''],
  ['als', ''],
  ['al', ''],
  ['ages', ''],
  ['age', ''],
  ['es', ''],
  ['ed', ''],
  ['s', ''],
  ['e', ''],
  ['y', 'i'],
];

/**
 * Words that say nothing about the work in a lay phrase ("person who checks if insurance covers the
 * visit"). Normalisation rules, like the search's stop words: never matched, only dropped.
 */
const LAY_STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be before been being both but by can did do does ' +
    'doing each for from get gets getting had has have he her his how i if in into is it its job ' +
    'jobs just like look looking make makes me more most my new no not of on one or other others ' +
    'our out over people person role same she so some someone somebody such sure than that the ' +
    'their them then there these they this those to up us very was way we were what when where ' +
    'which while who whom why will with work works working would you your'
  ).split(' '),
);

function cutSuffix(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length + replacement.length >= 3) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}

/**
 * One word's stem: "denials" -> "deni", "teaches" -> "teach", "coders" -> "cod". Two cuts, so
 * "coverage" and "covers" meet at "cov" through "cover".
 */
export function stem(word: string): string {
  return cutSuffix(cutSuffix(word));
}

/** The distinct stems of a text that can say what work is meant, in order. */
export function layStems(text: string): string[] {
  const stems = plainWords(text)
    .filter((word) => !LAY_STOP_WORDS.has(word) && /\p{L}/u.test(word))
    .map(stem);
  return [...new Set(stems)];
}
