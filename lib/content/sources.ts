import { allSources, type Source } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { compareNames } from '../text';
import { localize, localizeAll } from './localize';
import { requireOne } from './require-one';

export function getSources(locale: Locale = 'en'): Source[] {
  return localizeAll(allSources, locale).sort(
    (a, b) => compareNames(a.publisher, b.publisher) || compareNames(a.title, b.title),
  );
}

export function getSource(id: string, locale: Locale = 'en'): Source {
  return localize(
    requireOne(allSources, (source) => source.id === id, `source "${id}"`),
    locale,
  );
}
