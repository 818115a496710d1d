import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countText,
  decodeEntities,
  hardestBlocks,
  mainProse,
  readingGrade,
} from '@/lib/readability';

const page = readFileSync(join(__dirname, '../fixtures/readability/page.html'), 'utf8');

describe('mainProse', () => {
  it('finds the prose blocks of <main> and nothing else', () => {
    expect(mainProse(page)).toEqual([
      'Coders read the notes that doctors write each day.',
      'Coders read each record with great care.',
      'Billers send claims & follow up on each one’s "payment" status.',
      'A definition is prose when it has six words or more.',
      'Line one ends here and line two starts after a break.',
    ]);
  });

  it('reads <noscript> text, which readers without JavaScript see', () => {
    const html =
      '<main><noscript><p>The quiz needs JavaScript to show its questions.</p></noscript></main>';
    expect(mainProse(html)).toEqual(['The quiz needs JavaScript to show its questions.']);
  });

  it('reads a list inside a list item as blocks of their own', () => {
    const html =
      '<main><ul><li>The outer item has six words here<ul><li>The inner item also has six words</li></ul></li></ul></main>';
    expect(mainProse(html)).toEqual([
      'The inner item also has six words',
      'The outer item has six words here',
    ]);
  });

  it('finds nothing in a page without <main>', () => {
    expect(mainProse('<p>No main element on this page at all.</p>')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &#8212; c &#x27;d&#x27; &nbsp;&bogus;')).toBe(
      "a & b — c 'd'  &bogus;",
    );
  });
});

describe('countText', () => {
  it('counts words, syllables and sentences, each block ending one', () => {
    // med-i-cal co-ders read re-cords / bill-ers send claims
    expect(countText(['Medical coders read records.', 'Billers send claims'])).toEqual({
      sentences: 2,
      words: 7,
      syllables: 12,
    });
  });

  it('ends no sentence at an abbreviation, and one at a stop before a closing quote', () => {
    expect(countText(['The U.S. agency said "yes." Then it said no.']).sentences).toBe(2);
  });

  it('counts a number or a code as one word of one syllable', () => {
    expect(countText(['Pay was 42,000 for the CPC-A.'])).toMatchObject({ words: 6 });
    expect(countText(['42,000'])).toEqual({ sentences: 1, words: 1, syllables: 1 });
  });
});

describe('readingGrade', () => {
  it('gives the Flesch-Kincaid grade of known sentences', () => {
    // 0.39 × 11 words + 11.8 × 14 syllables / 11 words − 15.59 = 3.72
    expect(readingGrade(['Coders read what the doctor wrote and turn it into codes.'])).toBe(3.7);
    // 0.39 × 4 + 11.8 × 8 / 4 − 15.59 = 9.57
    expect(readingGrade(['Medical coders read records.'])).toBe(9.6);
  });

  it('is 0 for no words', () => {
    expect(readingGrade([])).toBe(0);
  });
});

describe('hardestBlocks', () => {
  it('lists the hardest blocks first, with their grades', () => {
    expect(hardestBlocks(['The cat sat on the mat.', 'Medical coders read records.'], 1)).toEqual([
      { grade: 9.6, text: 'Medical coders read records.' },
    ]);
  });
});
