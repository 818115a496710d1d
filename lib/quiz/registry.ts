// Released quiz versions and the scoring rule each one was released with. A result link names its
// version, so it is always scored with that version's questions and rule, even after newer versions
// ship. When a later version changes how scoring works, add a new rule here for it and leave the
// older versions' entries as they are.
import { scoreWeightedSum } from './scoring';
import type { Answers, QuizDefinition, QuizResult } from './types';

type ScoringRule = (definition: QuizDefinition, answers: Answers) => QuizResult;

const SCORING_RULES: ReadonlyMap<number, ScoringRule> = new Map([[1, scoreWeightedSum]]);

export function hasScoringRule(version: number): boolean {
  return SCORING_RULES.has(version);
}

/** Scores answers with the rule their version was released with. */
export function scoreAnswers(definition: QuizDefinition, answers: Answers): QuizResult {
  const rule = SCORING_RULES.get(definition.version);
  if (rule === undefined) {
    // A unit test checks that every version in the content has a rule; this guards against misuse.
    throw new Error(
      `Quiz version ${definition.version} has no scoring rule in lib/quiz/registry.ts`,
    );
  }
  return rule(definition, answers);
}

export function findVersion(
  definitions: readonly QuizDefinition[],
  version: number,
): QuizDefinition | undefined {
  return definitions.find((definition) => definition.version === version);
}

/** The newest released version: the one new quiz takers get. */
export function latestVersion(definitions: readonly QuizDefinition[]): QuizDefinition | undefined {
  return definitions.reduce<QuizDefinition | undefined>(
    (latest, definition) =>
      latest === undefined || definition.version > latest.version ? definition : latest,
    undefined,
  );
}
