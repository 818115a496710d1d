// Released plan versions: each one's questions and the rule it was released with. A plan link names
// its version, so it opens with that version's questions and rule even after a newer one ships.
// To release v2, add its questions and rule in lib/planner/v2/ and a line here; leave v1 as it is.
import type { PlanMessages } from '../i18n/messages/plan';
import type { Answers } from '../quiz';
import { answersFromChoices } from './v1/answers';
import { buildPlanV1 } from './v1/build';
import { V1_QUESTIONS, v1Questions, type PlanQuestion } from './v1/questions';
import type { Plan, PlanContent } from './types';

export interface PlanVersion {
  version: number;
  /** The questions' ids and option ids, in order: what a link's code is made of. */
  questions: readonly { id: string; options: readonly string[] }[];
  /** The questions with their words, in the language of the plan catalog given. */
  worded: (m: PlanMessages) => readonly PlanQuestion[];
  /** The plan for a link's option numbers, or null when a question that must be answered is empty. */
  build: (choices: Answers, content: PlanContent, m: PlanMessages) => Plan | null;
}

export const PLAN_VERSIONS: readonly PlanVersion[] = [
  {
    version: 1,
    questions: V1_QUESTIONS,
    worded: v1Questions,
    build: (choices, content, m) => {
      const answers = answersFromChoices(choices);
      return answers === null ? null : buildPlanV1(answers, content, m);
    },
  },
];

/** The version new plans are made with. */
export function latestPlanVersion(): PlanVersion {
  return PLAN_VERSIONS.reduce((latest, candidate) =>
    candidate.version > latest.version ? candidate : latest,
  );
}

/** The newest version's number and worded questions: all the form needs to write a plan link. */
export function latestPlanForm(m: PlanMessages): {
  version: number;
  questions: readonly PlanQuestion[];
} {
  const { version, worded } = latestPlanVersion();
  return { version, questions: worded(m) };
}
