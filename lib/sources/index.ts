// The /sources page's view model: every source the site cites, primary and secondary apart.
//
// Public surface: getSourcesPage(locale), sourceEntry(source, locale).
import { getSources, type Source } from '../content';
import { formatDate } from '../format';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';

export interface SourceEntry {
  id: string;
  /** The entry's own address: the one every figure on the site links to. */
  href: string;
  publisher: string;
  title: string;
  url: string;
  edition: string;
  /** When the fact was recorded: a date for <time> and the same date in words. */
  recorded: { date: string; text: string };
  citing?: string;
  note?: string;
}

export function sourceEntry(source: Source, locale: Locale): SourceEntry {
  return {
    id: source.id,
    href: routesFor(locale).source(source.id),
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    edition: source.edition,
    recorded: { date: source.accessed.slice(0, 10), text: formatDate(source.accessed, locale) },
    ...(source.citing ? { citing: source.citing } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
}

/** The sources by publisher, then title; primary ones first, as the page lists them. */
export function getSourcesPage(locale: Locale): {
  primary: SourceEntry[];
  secondary: SourceEntry[];
} {
  const sources = getSources(locale);
  const entries = (standing: Source['standing']) =>
    sources
      .filter((source) => source.standing === standing)
      .map((source) => sourceEntry(source, locale));
  return { primary: entries('primary'), secondary: entries('secondary') };
}
