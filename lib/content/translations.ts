import { allDocuments } from 'contentlayer/generated';
import type { ContentProblem } from './problems';
import { SPANISH_CONTENT_DIR } from './spanish-dir';
import { TRANSLATED_FIELDS } from './translated-fields';
import { validateTranslations } from './validate-translations';

/** Problems of the Spanish text files (content/es/) against their English twins. */
export function getTranslationProblems(): ContentProblem[] {
  return validateTranslations(allDocuments, TRANSLATED_FIELDS);
}

function periodsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => periodsIn(item, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'asOf' && typeof inner === 'string') into.add(inner);
      else if (key !== '_raw') periodsIn(inner, into);
    }
  }
  return into;
}

/** Every period a fact of the English content is dated by (`asOf`), for checking periodText. */
export function getFactPeriods(): string[] {
  const english = allDocuments.filter(
    (doc) => !doc._raw.sourceFilePath.startsWith(`${SPANISH_CONTENT_DIR}/`),
  );
  return [...periodsIn(english, new Set())].sort();
}
