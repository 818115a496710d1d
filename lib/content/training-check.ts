import { trainingCheck, type TrainingCheck } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';

/** The /training-check/ page's content: approvals, cost, length, red flags, checks and the checklist. */
export function getTrainingCheckContent(locale: Locale = 'en'): TrainingCheck {
  return localize(trainingCheck, locale);
}
