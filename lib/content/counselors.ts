import { lessonPlan, type LessonPlan } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';

/** The counselors' lesson plan for one class period. */
export function getLessonPlanContent(locale: Locale = 'en'): LessonPlan {
  return localize(lessonPlan, locale);
}
