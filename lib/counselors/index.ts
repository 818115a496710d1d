// The counselors' kit: the printable handout (/counselors/handout/) and the 45-minute lesson plan
// (/counselors/lesson-plan/), built from the quiz outcomes, the lesson plan content and the home
// page's one-minute comparison.
//
// Public surface: getHandoutPage(), getLessonPlanPage(), and the pure steps outcomeGuide(),
// readingPageLink() and timeSteps() for tests.
import { getLessonPlanContent, getQuizOutcome, getSiteInfo } from '../content';
import { QUIZ_OUTCOMES } from '../content/vocabulary';
import { formatDate } from '../format';
import type { Locale } from '../i18n';
import { getComparison, summarizeComparison, viewComparison } from '../compare';
import type { ComparisonView } from '../compare';
import { getCurrentQuizLength, qrCodeDataUrl } from '../quiz/server';
import { routesFor } from '../routes';
import { absoluteUrl } from '../site';
import { outcomeGuide, type OutcomeGuide } from './guides';
import { timeSteps, type LessonPlanView } from './lesson-plan';

export {
  outcomeGuide,
  readingPageLink,
  type OutcomeGuide,
  type OutcomeGuideInput,
  type PageLink,
} from './guides';
export {
  timeSteps,
  type LessonPlanView,
  type LessonStepInput,
  type TimedStep,
} from './lesson-plan';

/**
 * The comparison rows the handout shows: the home page's one-minute answer without the job outlook,
 * whose two periods and notes would push the sheet onto a second page.
 */
export const HANDOUT_SUMMARY_ROWS = ['focus', 'education', 'firstCertification', 'pay'] as const;

export interface HandoutPage {
  /** The quiz's path, and its build-time address and QR code (the page swaps in the served ones). */
  quizPath: string;
  quizLink: { address: string; qrCode: string };
  /** How many questions the quiz a student opens today has. */
  questionCount: number;
  summary: ComparisonView;
  fullRowCount: number;
  outcomes: OutcomeGuide[];
  /** The day the content was last reviewed: ISO for <time>, and in words. */
  reviewed: { iso: string; text: string };
}

/** The four quiz results in the site's fixed order, as guides in `locale`. */
function outcomeGuides(locale: Locale): OutcomeGuide[] {
  return QUIZ_OUTCOMES.map((id) => outcomeGuide({ ...getQuizOutcome(id, locale), id }, locale));
}

/** The handout in `locale`: its QR code and link open the quiz in that language. */
export async function getHandoutPage(locale: Locale): Promise<HandoutPage> {
  const comparison = getComparison(locale);
  const quizPath = routesFor(locale).quiz();
  const address = absoluteUrl(quizPath);
  const reviewed = getSiteInfo(locale).contentReviewed;
  return {
    quizPath,
    quizLink: { address, qrCode: await qrCodeDataUrl(address) },
    questionCount: getCurrentQuizLength().questions,
    summary: viewComparison(summarizeComparison(comparison, HANDOUT_SUMMARY_ROWS), locale),
    fullRowCount: comparison.rows.length,
    outcomes: outcomeGuides(locale),
    reviewed: { iso: reviewed.slice(0, 10), text: formatDate(reviewed, locale) },
  };
}

/** The lesson plan in `locale`, its links to the kit's pages in that language. */
export function getLessonPlanPage(locale: Locale): LessonPlanView {
  const plan = getLessonPlanContent(locale);
  const links = routesFor(locale);
  return {
    intro: plan.intro,
    classMinutes: plan.classMinutes,
    objectives: plan.objectives,
    prepare: plan.prepare,
    steps: timeSteps(plan.steps),
    notForScreening: plan.notForScreening,
    outcomes: outcomeGuides(locale),
    quizHref: links.quiz(),
    classSummaryHref: links.counselorsClassSummary(),
    handoutHref: links.counselorsHandout(),
  };
}
