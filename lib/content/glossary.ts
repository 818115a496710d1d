import { allGlossaryTerms, type GlossaryTerm } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { compareNames } from '../text';
import { localizeAll, spanishTextOf } from './localize';

/** The glossary in a language, by term: in Spanish, the Spanish term, expansion and definition. */
export function getGlossaryTerms(locale: Locale = 'en'): GlossaryTerm[] {
  return localizeAll(allGlossaryTerms, locale).sort((a, b) => compareNames(a.term, b.term));
}

/**
 * Other spellings that link to a term in running text of a language: the English file's aliases,
 * and in Spanish also its Spanish ones (plurals, "cuentas por cobrar"), which English lacks.
 */
export function getGlossaryAliases(term: GlossaryTerm, locale: Locale): string[] {
  const english = term.aliases ?? [];
  if (locale === 'en') return english;
  const text = spanishTextOf(term);
  return text?.type === 'SpanishGlossaryTerm' ? [...text.spanishAliases, ...english] : english;
}
