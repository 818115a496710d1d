// One built page's reading, in the page's own language (its `<html lang>`): what the reading-level
// test and `npm run reading-level` report.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n';
import { englishBlocks } from './english-blocks';
import { readingGrade } from './grade';
import { mainProse } from './prose';

export interface PageReading {
  locale: Locale;
  /** The main prose blocks (see `mainProse`). */
  blocks: string[];
  grade: number;
  /** Blocks of a Spanish page that read as English; always empty on an English page. */
  englishBlocks: string[];
}

/** The language of a page from `<html lang>` ("es" and "es-US" are Spanish); English otherwise. */
export function pageLanguage(html: string): Locale {
  const language = /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase().split('-')[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export function pageReading(html: string): PageReading {
  const locale = pageLanguage(html);
  const blocks = mainProse(html);
  return {
    locale,
    blocks,
    grade: readingGrade(blocks, locale),
    englishBlocks: locale === 'es' ? englishBlocks(blocks) : [],
  };
}
