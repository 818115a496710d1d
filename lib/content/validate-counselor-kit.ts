// The counselors' kit: each quiz outcome's discussion prompts and next page, and the lesson plan
// (content/counselors/lesson-plan.yaml), whose steps must come in class order and fill the period.
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';
import { LESSON_STEPS, READING_PAGES } from './vocabulary';

/** How many discussion prompts an outcome gives pairs: enough to choose from, few enough to print. */
export const PROMPTS_PER_OUTCOME = { min: 2, max: 3 } as const;

export function validateCounselorKit(content: ContentToValidate, checks: Checks): void {
  const { problems, report, checkEnum } = checks;
  for (const doc of content.quizOutcomes) {
    const count = doc.discussionPrompts.length;
    if (count < PROMPTS_PER_OUTCOME.min || count > PROMPTS_PER_OUTCOME.max) {
      report(
        doc,
        'discussionPrompts',
        `has ${count} prompts; give ${PROMPTS_PER_OUTCOME.min} or ${PROMPTS_PER_OUTCOME.max}`,
      );
    }
    checkEnum(doc, 'nextPage', doc.nextPage, READING_PAGES);
  }

  if (content.lessonPlan.length === 0) {
    problems.push({ file: 'counselors/lesson-plan.yaml', field: 'file', message: 'is missing' });
  }
  for (const doc of content.lessonPlan) {
    const ids = doc.steps.map((step) => step.id);
    if (ids.join() !== LESSON_STEPS.join()) {
      report(doc, 'steps', `must be ${LESSON_STEPS.join(', ')}, once each and in that order`);
    }
    doc.steps.forEach((step, index) => {
      if (!Number.isInteger(step.minutes) || step.minutes <= 0) {
        report(doc, `steps[${index}].minutes`, `${step.minutes} is not a whole number above 0`);
      }
    });
    const total = doc.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== doc.classMinutes) {
      report(
        doc,
        'steps',
        `the minutes add up to ${total}, not the ${doc.classMinutes} of classMinutes`,
      );
    }
  }
}
