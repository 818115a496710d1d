import { trainingCheck, type TrainingCheck } from 'contentlayer/generated';

/** The /training-check/ page's content: approvals, cost, length, red flags, checks and the checklist. */
export function getTrainingCheckContent(): TrainingCheck {
  return trainingCheck;
}
