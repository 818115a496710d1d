// The quiz from the content: plain QuizDefinition and OutcomeDetails objects for the pages to pass to
// the islands. The content is checked by `npm run content` (lib/content/validate-quiz.ts).
import {
  getCertification,
  getJobTitle,
  getQuizOutcome,
  getQuizVersions,
  getRole,
  localize,
  type QuizVersion,
} from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { quizLength, type QuizLength } from '../length';
import { latestVersion } from '../registry';
import type { JobTitleLink, OutcomeDetails, QuizDefinition, QuizOutcomeId } from '../types';

function toDefinition(doc: QuizVersion): QuizDefinition {
  return {
    version: doc.version,
    released: doc.released.slice(0, 10),
    questions: doc.questions.map((question) => ({
      id: question.id,
      prompt: question.prompt,
      ...(question.help === undefined ? {} : { help: question.help }),
      options: question.options.map((option) => ({
        id: option.id,
        label: option.label,
        weights: {
          coding: option.weights.coding,
          billing: option.weights.billing,
          both: option.weights.both,
          adjacent: option.weights.adjacent,
        },
        reason: option.reason,
      })),
    })),
    certainty: {
      minAnswers: doc.certainty.minAnswers,
      closeMargin: doc.certainty.closeMargin,
    },
  };
}

/**
 * Every released version, oldest first, with its words in `locale`. Result links from any of them
 * keep working, in either language: the codes and scores depend on ids and weights only.
 */
export function getQuizDefinitions(locale: Locale): QuizDefinition[] {
  return getQuizVersions(locale).map(toDefinition);
}

/** The version new quiz takers get. */
export function getCurrentQuiz(locale: Locale): QuizDefinition {
  const latest = latestVersion(getQuizDefinitions(locale));
  if (latest === undefined) throw new Error('Content not found: a quiz version');
  return latest;
}

/**
 * How long the current quiz takes: its question count and, from the content, the minutes. The same
 * in every language.
 */
export function getCurrentQuizLength(): QuizLength {
  const { version, questions } = getCurrentQuiz('en');
  const doc = getQuizVersions().find((candidate) => candidate.version === version);
  if (doc === undefined) throw new Error(`Content not found: quiz version ${version}`);
  return quizLength(questions.length, doc.secondsPerAnswer);
}

/** A job title in `locale`, with the English title job boards use beside a Spanish name. */
function jobTitleLink(slug: string, locale: Locale): JobTitleLink {
  const english = getJobTitle(slug);
  const { name } = localize(english, locale);
  return name === english.name ? { slug, name } : { slug, name, boardTitle: english.name };
}

function outcomeDetails(id: QuizOutcomeId, locale: Locale): OutcomeDetails {
  const doc = getQuizOutcome(id, locale);
  const certification = getCertification(doc.firstCertification, locale);
  return {
    id,
    name: doc.name,
    summary: doc.summary,
    ...(doc.role === undefined
      ? {}
      : { role: { slug: doc.role, name: getRole(doc.role, locale).name } }),
    firstCertification: {
      slug: certification.slug,
      name: `${certification.acronym} (${certification.name})`,
    },
    jobTitles: doc.jobTitles.map((slug) => jobTitleLink(slug, locale)),
    discussionPrompts: doc.discussionPrompts,
  };
}

/** The four outcomes in the site's fixed order, in `locale`, with their next steps resolved. */
export function getQuizOutcomes(locale: Locale): OutcomeDetails[] {
  return QUIZ_OUTCOMES.map((id) => outcomeDetails(id, locale));
}
