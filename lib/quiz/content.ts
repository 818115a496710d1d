// The quiz's data layer: the only quiz module that reads the generated content. It turns the content
// documents into plain QuizDefinition and OutcomeDetails objects, and refuses at build time what
// scoring or the link codec could not handle.
import { allJobTitles, allQuizOutcomes, allQuizVersions } from 'contentlayer/generated';
import type { QuizVersion } from 'contentlayer/generated';
import { getCertification, getRole } from '@/lib/content';
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { hasScoringRule, latestVersion } from './registry';
import type { LinkedPage, OutcomeDetails, QuizDefinition, QuizOutcomeId } from './types';

function contentError(file: string, message: string): Error {
  return new Error(`content/${file}: ${message}`);
}

function toDefinition(doc: QuizVersion): QuizDefinition {
  const file = doc._raw.sourceFilePath;
  if (!hasScoringRule(doc.version)) {
    throw contentError(file, `version ${doc.version} has no scoring rule in lib/quiz/registry.ts`);
  }
  return {
    version: doc.version,
    released: doc.released.slice(0, 10),
    questions: doc.questions.map((question) => ({
      id: question.id,
      prompt: question.prompt,
      ...(question.help === undefined ? {} : { help: question.help }),
      options: question.options.map((option) => {
        const weights = {
          coding: option.weights.coding,
          billing: option.weights.billing,
          both: option.weights.both,
          adjacent: option.weights.adjacent,
        };
        const values = Object.values(weights);
        // Whole, non-negative points keep the percentages exact; a positive one means that every
        // answer counts toward something.
        if (!values.every((value) => Number.isInteger(value) && value >= 0)) {
          throw contentError(
            file,
            `${question.id}/${option.id}: weights must be whole numbers from 0`,
          );
        }
        if (!values.some((value) => value > 0)) {
          throw contentError(file, `${question.id}/${option.id}: give at least one outcome points`);
        }
        return { id: option.id, label: option.label, weights, reason: option.reason };
      }),
    })),
  };
}

/** Every released version, oldest first. Result links from any of them keep working. */
export function getQuizDefinitions(): QuizDefinition[] {
  return allQuizVersions.map(toDefinition).sort((a, b) => a.version - b.version);
}

/** The version new quiz takers get. */
export function getCurrentQuiz(): QuizDefinition {
  const latest = latestVersion(getQuizDefinitions());
  if (latest === undefined) throw contentError('quiz/versions', 'no quiz version found');
  return latest;
}

function jobTitlePage(slug: string, file: string): LinkedPage {
  const job = allJobTitles.find((doc) => doc.slug === slug);
  if (job === undefined) throw contentError(file, `no job title "${slug}" in content/jobs/`);
  return { slug, name: job.name };
}

function outcomeDetails(id: QuizOutcomeId): OutcomeDetails {
  const doc = allQuizOutcomes.find((outcome) => outcome.id === id);
  if (doc === undefined) throw contentError(`quiz/outcomes/${id}.yaml`, 'file is missing');
  const file = doc._raw.sourceFilePath;
  const certification = getCertification(doc.firstCertification);
  return {
    id,
    name: doc.name,
    summary: doc.summary,
    ...(doc.role === undefined ? {} : { role: { slug: doc.role, name: getRole(doc.role).name } }),
    firstCertification: {
      slug: certification.slug,
      name: `${certification.acronym} (${certification.name})`,
    },
    jobTitles: doc.jobTitles.map((slug) => jobTitlePage(slug, file)),
    discussionPrompts: doc.discussionPrompts,
  };
}

/** The four outcomes in the site's fixed order, with their next steps resolved. */
export function getQuizOutcomes(): OutcomeDetails[] {
  return QUIZ_OUTCOMES.map(outcomeDetails);
}
