import { allDocuments } from 'contentlayer/generated';
import type { ContentProblem } from './problems';
import { TRANSLATED_FIELDS } from './translated-fields';
import { validateTranslations } from './validate-translations';

/** Problems of the Spanish text files (content/es/) against their English twins. */
export function getTranslationProblems(): ContentProblem[] {
  return validateTranslations(allDocuments, TRANSLATED_FIELDS);
}
