// Plain words: the main prose of every page of the built site (lib/readability's mainProse) reads at
// Flesch-Kincaid grade MAX_READING_GRADE or below. A failure names the page, its grade and the
// blocks to rewrite first.
import { describe, expect, it } from 'vitest';
import { MAX_READING_GRADE, hardestBlocks, mainProse, readingGrade } from '@/lib/readability';
import { builtSite } from './built-site';

/** Pages not held to the grade, each with the reason. Keep this short: rewrite before excluding. */
const EXCLUDED: readonly { path: string; reason: string }[] = [];

const { pages } = builtSite();
const excluded = new Set(EXCLUDED.map((exclusion) => exclusion.path));

function readingProblem(html: string): string | null {
  const blocks = mainProse(html);
  const grade = readingGrade(blocks);
  if (grade <= MAX_READING_GRADE) return null;
  const hardest = hardestBlocks(blocks, 3).map((block) => `  ${block.grade}: ${block.text}`);
  return [`grade ${grade} (at most ${MAX_READING_GRADE}); hardest blocks:`, ...hardest].join('\n');
}

it('excludes only pages that exist', () => {
  expect(EXCLUDED.filter((exclusion) => !pages.has(exclusion.path))).toEqual([]);
});

describe(`every page reads at grade ${MAX_READING_GRADE} or below`, () => {
  for (const [route, html] of pages) {
    if (excluded.has(route)) continue;
    it(route, () => {
      expect(readingProblem(html)).toBeNull();
    });
  }
});
