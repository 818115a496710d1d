// Version 1's answers as option numbers (what a link stores) and as option ids (what the rules read).
import type { Answers } from '../../quiz';
import { V1_OPTIONS, type PlanAnswers } from './questions';

function pick<Option>(
  options: readonly Option[],
  choice: number | null | undefined,
): Option | null {
  if (choice === null || choice === undefined) return null;
  return options[choice] ?? null;
}

/** The answers a link's numbers name, or null when a question that must be answered was skipped. */
export function answersFromChoices(choices: Answers): PlanAnswers | null {
  const path = pick(V1_OPTIONS.path, choices[0]);
  const education = pick(V1_OPTIONS.education, choices[1]);
  const experience = pick(V1_OPTIONS.experience, choices[2]);
  const hours = pick(V1_OPTIONS.hours, choices[3]);
  const budget = pick(V1_OPTIONS.budget, choices[4]);
  const remoteSoon = pick(V1_OPTIONS.remoteSoon, choices[5]);
  const state = pick(V1_OPTIONS.state, choices[6]);
  if (!path || !education || !experience || !hours || !budget || !remoteSoon) return null;
  return { path, education, experience, hours, budget, remoteSoon, state };
}

function numberOf<Option>(options: readonly Option[], answer: Option | null): number | null {
  if (answer === null) return null;
  const index = options.indexOf(answer);
  return index === -1 ? null : index;
}

/** The option numbers of a set of answers, in question order (null for a skipped state). */
export function choicesFromAnswers(answers: PlanAnswers): (number | null)[] {
  return [
    numberOf(V1_OPTIONS.path, answers.path),
    numberOf(V1_OPTIONS.education, answers.education),
    numberOf(V1_OPTIONS.experience, answers.experience),
    numberOf(V1_OPTIONS.hours, answers.hours),
    numberOf(V1_OPTIONS.budget, answers.budget),
    numberOf(V1_OPTIONS.remoteSoon, answers.remoteSoon),
    numberOf(V1_OPTIONS.state, answers.state),
  ];
}
