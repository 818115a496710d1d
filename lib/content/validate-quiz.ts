// The quiz content: versions whose file name, ids and points scoring and the link codec can rely on,
// and outcomes whose next steps resolve.
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';
import { QUIZ_OUTCOMES } from './vocabulary';

export function validateQuiz(content: ContentToValidate, checks: Checks): void {
  const { problems, report, checkEnum, checkRef, checkRefs } = checks;
  if (content.quizVersions.length === 0) {
    problems.push({ file: 'quiz/versions/', field: 'files', message: 'holds no quiz version' });
  }
  for (const doc of content.quizVersions) {
    const match = /(?:^|\/)v(\d+)\.yaml$/.exec(doc._raw.sourceFilePath);
    if (!match || Number(match[1]) !== doc.version) {
      report(
        doc,
        'version',
        `${doc.version} does not match the file name (expected v${doc.version}.yaml)`,
      );
    }
    const questionIds = new Set<string>();
    doc.questions.forEach((question, index) => {
      const at = `questions[${index}]`;
      if (questionIds.has(question.id)) report(doc, `${at}.id`, `"${question.id}" is used twice`);
      questionIds.add(question.id);
      if (question.options.length < 2) report(doc, `${at}.options`, 'needs at least two options');
      const optionIds = new Set<string>();
      question.options.forEach((option, optionIndex) => {
        const optionAt = `${at}.options[${optionIndex}]`;
        if (optionIds.has(option.id)) report(doc, `${optionAt}.id`, `"${option.id}" is used twice`);
        optionIds.add(option.id);
        // Whole, non-negative points keep the percentages exact; a positive one means that every
        // answer counts toward something.
        const points = QUIZ_OUTCOMES.map((outcome) => option.weights[outcome]);
        if (!points.every((value) => Number.isInteger(value) && value >= 0)) {
          report(doc, `${optionAt}.weights`, 'must be whole numbers from 0');
        } else if (!points.some((value) => value > 0)) {
          report(doc, `${optionAt}.weights`, 'give at least one outcome points');
        }
      });
    });
    const { minAnswers, closeMargin } = doc.certainty;
    if (!Number.isInteger(minAnswers) || minAnswers < 1 || minAnswers > doc.questions.length) {
      report(
        doc,
        'certainty.minAnswers',
        `must be a whole number from 1 to ${doc.questions.length}`,
      );
    }
    // The quiz's length is said in minutes; an answer takes seconds, never none or several minutes.
    if (!(doc.secondsPerAnswer > 0 && doc.secondsPerAnswer <= 120)) {
      report(doc, 'secondsPerAnswer', 'must be a number of seconds above 0 and up to 120');
    }
    // A margin of 100 or more would call every result a split.
    if (!Number.isInteger(closeMargin) || closeMargin < 0 || closeMargin >= 100) {
      report(
        doc,
        'certainty.closeMargin',
        'must be a whole number of percentage points from 0 to 99',
      );
    }
  }

  for (const id of QUIZ_OUTCOMES) {
    if (!content.quizOutcomes.some((doc) => doc.id === id)) {
      problems.push({ file: `quiz/outcomes/${id}.yaml`, field: 'file', message: 'is missing' });
    }
  }
  for (const doc of content.quizOutcomes) {
    checkEnum(doc, 'file name', doc.id, QUIZ_OUTCOMES);
    if (doc.role !== undefined) checkRef(doc, 'role', doc.role, 'role');
    checkRef(doc, 'firstCertification', doc.firstCertification, 'certification');
    checkRefs(doc, 'jobTitles', doc.jobTitles, 'jobTitle');
  }
}
