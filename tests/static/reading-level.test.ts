// Plain words: the main prose of every page of the built site (lib/readability's mainProse) reads at
// grade MAX_READING_GRADE or below in the page's language (`<html lang>`): Flesch-Kincaid for
// English, Fernández-Huerta as a grade for Spanish. A Spanish page also has no block that reads as
// English. A failure names the page, its grade and the blocks to rewrite first.
import { describe, expect, it } from 'vitest';
import { MAX_READING_GRADE, hardestBlocks, pageReading, type PageReading } from '@/lib/readability';
import { builtSite } from './built-site';

/** Pages not held to the grade, each with the reason. Keep this short: rewrite before excluding. */
const EXCLUDED: readonly { path: string; reason: string }[] = [];

const { pages } = builtSite();
const excluded = new Set(EXCLUDED.map((exclusion) => exclusion.path));
const readings = [...pages].map(([route, html]) => ({ route, reading: pageReading(html) }));

function readingProblems({ blocks, grade, locale, englishBlocks }: PageReading): string[] {
  const problems = englishBlocks.map((block) => `reads as English on a Spanish page: ${block}`);
  if (grade <= MAX_READING_GRADE) return problems;
  const hardest = hardestBlocks(blocks, 3, locale).map(
    (block) => `  ${block.grade}: ${block.text}`,
  );
  const heading = `grade ${grade} (${locale}; at most ${MAX_READING_GRADE}); hardest blocks:`;
  return [...problems, [heading, ...hardest].join('\n')];
}

it('excludes only pages that exist', () => {
  expect(EXCLUDED.filter((exclusion) => !pages.has(exclusion.path))).toEqual([]);
});

it('measures every page under /es/, and only those, in Spanish (by their <html lang>)', () => {
  const spanish = readings.filter(({ reading }) => reading.locale === 'es');
  const underEs = readings.filter(({ route }) => route.startsWith('/es/'));
  expect(spanish.map(({ route }) => route)).toEqual(underEs.map(({ route }) => route));
});

describe(`every page reads at grade ${MAX_READING_GRADE} or below, a Spanish one with no English left`, () => {
  for (const { route, reading } of readings) {
    if (excluded.has(route)) continue;
    it(route, () => {
      expect(readingProblems(reading)).toEqual([]);
    });
  }
});
