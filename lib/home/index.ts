// The home page's view model: the answer in words ("Coding suits you if ..."), the quiz's length,
// the short comparison ("the one-minute answer") and the "Where to next" cards.
//
// Public surface: getHomePage(locale), HOME_SUMMARY_ROWS, suitsYouIfOf().
import {
  getComparison,
  summarizeComparison,
  viewComparison,
  type ComparisonView,
} from '../compare';
import { getRoles, getSiteInfo } from '../content';
import type { QuizLength } from '../quiz';
import { getCurrentQuizLength } from '../quiz/server';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';
import { homeEntryPoints, type EntryPoint } from './entry-points';
import { suitsYouIfOf, type SuitsYouIfView } from './suits-you-if';

export type { EntryPoint } from './entry-points';
export { suitsYouIfOf, type SuitsYouIfLineView, type SuitsYouIfView } from './suits-you-if';

/** The comparison rows the home page shows, in its order. */
export const HOME_SUMMARY_ROWS = [
  'focus',
  'education',
  'firstCertification',
  'pay',
  'outlook',
] as const;

export interface HomePage {
  description: string;
  /** Coding first, then billing: when each one suits someone, in words. */
  suitsYouIf: SuitsYouIfView[];
  quiz: QuizLength & { href: string };
  summary: ComparisonView;
  /** How many rows the full comparison on /compare has. */
  fullRowCount: number;
  entryPoints: EntryPoint[];
}

export function getHomePage(locale: Locale): HomePage {
  const comparison = getComparison(locale);
  return {
    description: getSiteInfo(locale).description,
    suitsYouIf: getRoles(locale).map((role) => suitsYouIfOf(role, locale)),
    quiz: { ...getCurrentQuizLength(), href: routesFor(locale).quiz() },
    summary: viewComparison(summarizeComparison(comparison, HOME_SUMMARY_ROWS), locale),
    fullRowCount: comparison.rows.length,
    entryPoints: homeEntryPoints(locale),
  };
}
