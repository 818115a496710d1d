import { describe, expect, it } from 'vitest';
import { highlightWords, mergeRanges, rangesFromFuse, textParts } from '@/lib/finder/highlight';
import { exactKey, normalize, queryWords, singular } from '@/lib/finder/normalize';
import {
  buildWordIndex,
  closeSpellings,
  editDistance,
  similarWords,
  unionPostings,
  wordsWithPrefix,
} from '@/lib/finder/word-index';

describe('normalize', () => {
  it.each([
    ['A/R Follow-ups', 'ar follow ups'],
    ['a.r. caller', 'ar caller'],
    ['E&M coder', 'em coder'],
    ['E/M Coder', 'em coder'],
    ['pro-fee coder', 'pro fee coder'],
    ['Pro Fee Coders', 'pro fee coder'],
    ['biller/coder', 'biller coder'],
    ['Codificación Médica', 'codificacion medica'],
    ["Director's Office", 'director office'],
    ['Cancer Registries', 'cancer registry'],
    ['UB-04 Biller', 'ub 04 biller'],
  ])('%s -> %s', (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });

  it('makes "pro-fee", "pro fee" and "profee" one exact key', () => {
    expect(exactKey('pro-fee coder')).toBe('profeecoder');
    expect(exactKey('Profee Coder')).toBe('profeecoder');
    expect(exactKey('CCS-P')).toBe(exactKey('ccsp'));
  });

  it('keeps the final S of short credentials and of words ending in -ss, -us, -is', () => {
    expect(singular('cpcs')).toBe('cpcs');
    expect(singular('crcs')).toBe('crcs');
    expect(singular('business')).toBe('business');
    expect(singular('status')).toBe('status');
    expect(singular('analysis')).toBe('analysis');
    expect(singular('claims')).toBe('claim');
    expect(singular('batches')).toBe('batch');
  });

  it('drops stop words from queries only', () => {
    expect(queryWords('someone who codes hospital charts')).toEqual(['code', 'hospital', 'chart']);
    expect(normalize('Director of Coding')).toBe('director of coding');
  });
});

describe('word index', () => {
  const index = buildWordIndex([
    ['medical', 'coder'],
    ['medical', 'biller'],
    ['coding', 'auditor'],
    ['cash', 'poster'],
  ]);

  it('lists entries per word and words per prefix', () => {
    expect(index.postings.get('medical')).toEqual([0, 1]);
    expect(wordsWithPrefix(index, 'cod')).toEqual(['coder', 'coding']);
    expect(wordsWithPrefix(index, 'coder')).toEqual([]);
    expect(unionPostings(index, ['coder', 'auditor'])).toEqual([0, 2]);
  });

  it('measures edits with transpositions and gives up past the limit', () => {
    expect(editDistance('cdoer', 'coder', 2)).toBe(1);
    expect(editDistance('biler', 'biller', 2)).toBe(1);
    expect(editDistance('medical', 'coder', 2)).toBe(3);
  });

  it('finds the closest spellings of an unknown word', () => {
    expect(closeSpellings(index, 'biler', 1)).toEqual(['biller']);
    expect(closeSpellings(index, 'audtor', 2)).toEqual(['auditor']);
    expect(closeSpellings(index, 'zzzz', 2)).toEqual([]);
    expect(closeSpellings(index, 'biler', 0)).toEqual([]);
  });

  it('finds loosely similar words for the zero-result state', () => {
    expect(similarWords(index, 'posting', 3)).toContain('poster');
  });
});

describe('highlight', () => {
  it('merges touching ranges and converts fuse.js inclusive indices', () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [2, 4],
      ]),
    ).toEqual([
      [0, 4],
      [5, 7],
    ]);
    expect(
      rangesFromFuse([
        [0, 5],
        [8, 8],
      ]),
    ).toEqual([[0, 6]]);
  });

  it('marks the words a query names, and prefixes being typed', () => {
    expect(highlightWords('A/R Follow-up Specialist', ['ar']).ranges).toEqual([[0, 3]]);
    expect(highlightWords('Medical Coders', ['coder']).ranges).toEqual([[8, 14]]);
    expect(highlightWords('Medical Coder', [], ['med']).ranges).toEqual([[0, 7]]);
    expect(highlightWords('Archive Clerk', ['ar']).ranges).toEqual([]);
  });

  it('splits text into marked and plain parts', () => {
    expect(textParts({ text: 'Medical Coder', ranges: [[8, 13]] })).toEqual([
      { text: 'Medical ', marked: false },
      { text: 'Coder', marked: true },
    ]);
    expect(textParts({ text: 'abc', ranges: [[1, 99]] })).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });
});
