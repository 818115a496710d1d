// One built page's reading, in the page's own language (its `<html lang>`): what the reading-level
// test and `npm run reading-level` report.
import type { ReadingLanguage } from './counts';
import { englishBlocks } from './english-blocks';
import { readingGrade } from './grade';
import { mainProse } from './prose';

export interface PageReading {
  language: ReadingLanguage;
  /** The main prose blocks (see `mainProse`). */
  blocks: string[];
  grade: number;
  /** Blocks of a Spanish page that read as English; always empty on an English page. */
  englishBlocks: string[];
}

/** The language of a page from `<html lang>` ("es", "es-US" are Spanish); English otherwise. */
export function pageLanguage(html: string): ReadingLanguage {
  const lang = /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1] ?? '';
  return lang.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

export function pageReading(html: string): PageReading {
  const language = pageLanguage(html);
  const blocks = mainProse(html);
  return {
    language,
    blocks,
    grade: readingGrade(blocks, language),
    englishBlocks: language === 'es' ? englishBlocks(blocks) : [],
  };
}
