// The lesson plan's view: its steps with the minute each one starts and ends at.
import type { LessonStepId } from '../content/vocabulary';
import type { OutcomeGuide } from './guides';

export interface LessonStepInput {
  id: LessonStepId;
  title: string;
  minutes: number;
  activities: readonly string[];
}

export interface TimedStep {
  id: LessonStepId;
  title: string;
  minutes: number;
  /** Minutes into the class when the step starts and ends: 0 and 5 for a first 5-minute step. */
  from: number;
  to: number;
  activities: string[];
}

export interface LessonPlanView {
  intro: string;
  classMinutes: number;
  objectives: string[];
  prepare: string[];
  steps: TimedStep[];
  notForScreening: string;
  /** Each quiz result with its pairs-discussion prompts and the page to read next. */
  outcomes: OutcomeGuide[];
  /** Where the class opens the quiz, and where the teacher pastes the result links. */
  quizHref: string;
  classSummaryHref: string;
  handoutHref: string;
}

/** Each step with its start and end minute, counted from the start of the class. */
export function timeSteps(steps: readonly LessonStepInput[]): TimedStep[] {
  let elapsed = 0;
  return steps.map((step) => {
    const from = elapsed;
    elapsed += step.minutes;
    return { ...step, activities: [...step.activities], from, to: elapsed };
  });
}
