import { allGlossaryTerms, type GlossaryTerm } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { compareNames } from '../text';
import { localizeAll } from './localize';

export function getGlossaryTerms(locale: Locale = 'en'): GlossaryTerm[] {
  return localizeAll(allGlossaryTerms, locale).sort((a, b) => compareNames(a.term, b.term));
}
