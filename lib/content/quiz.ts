import {
  allQuizOutcomes,
  allQuizVersions,
  type QuizOutcome,
  type QuizVersion,
} from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize, localizeAll } from './localize';
import { requireOne } from './require-one';

/**
 * Every released quiz version, oldest first, with its questions in `locale`. Ids and weights are the
 * English file's in every language, so a result link gives the same result in both.
 */
export function getQuizVersions(locale: Locale = 'en'): QuizVersion[] {
  return localizeAll(allQuizVersions, locale).sort((a, b) => a.version - b.version);
}

export function getQuizOutcome(id: string, locale: Locale = 'en'): QuizOutcome {
  return localize(
    requireOne(allQuizOutcomes, (outcome) => outcome.id === id, `quiz outcome "${id}"`),
    locale,
  );
}
