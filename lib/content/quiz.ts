import {
  allQuizOutcomes,
  allQuizVersions,
  type QuizOutcome,
  type QuizVersion,
} from 'contentlayer/generated';
import { requireOne } from './require-one';

/** Every released quiz version, oldest first. */
export function getQuizVersions(): QuizVersion[] {
  return [...allQuizVersions].sort((a, b) => a.version - b.version);
}

export function getQuizOutcome(id: string): QuizOutcome {
  return requireOne(allQuizOutcomes, (outcome) => outcome.id === id, `quiz outcome "${id}"`);
}
