// The quiz as plain data, independent of how content is stored. Server pages build these from the
// content files (lib/quiz/server) and pass them to the client islands as props.
import type { QuizOutcomeId } from '@/lib/content/vocabulary';

export type { QuizOutcomeId } from '@/lib/content/vocabulary';

/** Points per outcome: for one option, or summed over a set of answers. */
export type OutcomePoints = Readonly<Record<QuizOutcomeId, number>>;

export interface QuizOptionData {
  id: string;
  label: string;
  weights: OutcomePoints;
  /** One line shown in the result: why this answer points where it does. */
  reason: string;
}

export interface QuizQuestionData {
  id: string;
  prompt: string;
  help?: string;
  options: readonly QuizOptionData[];
}

/** When a result is too unsure to name one best fit. Editorial, from the version's content file. */
export interface CertaintyRule {
  /** Fewer answers than this give only an early lean; "See my result" waits for this many. */
  minAnswers: number;
  /** Outcomes within this many percentage points of the top one are too close to call. */
  closeMargin: number;
}

/** One released question set. Released versions never change, so old links keep their result. */
export interface QuizDefinition {
  version: number;
  /** ISO date of the release. */
  released: string;
  questions: readonly QuizQuestionData[];
  certainty: CertaintyRule;
}

/** One entry per question, in question order: the chosen option's index, or null if skipped. */
export type Answers = readonly (number | null)[];

/** One answer and the outcome(s) it pushed toward (those its option weighted highest). */
export interface AnswerPush {
  questionIndex: number;
  prompt: string;
  optionLabel: string;
  reason: string;
  toward: readonly QuizOutcomeId[];
  weights: OutcomePoints;
}

export type QuizResult =
  | {
      kind: 'scored';
      version: number;
      /** Whole percentages that add up to exactly 100. */
      percentages: OutcomePoints;
      points: OutcomePoints;
      top: QuizOutcomeId;
      pushes: readonly AnswerPush[];
      answered: number;
      questionCount: number;
    }
  | { kind: 'no-answers'; version: number; questionCount: number };

export type ScoredResult = Extract<QuizResult, { kind: 'scored' }>;

export interface LinkedPage {
  slug: string;
  name: string;
}

/** A job title to search for: its name in the page's language, and the one job boards use. */
export interface JobTitleLink extends LinkedPage {
  /** The English title job boards list, when the name shown is another (a Spanish page). */
  boardTitle?: string;
}

/** An outcome with its next steps resolved to names, ready to show. */
export interface OutcomeDetails {
  id: QuizOutcomeId;
  name: string;
  summary: string;
  role?: LinkedPage;
  firstCertification: LinkedPage;
  jobTitles: readonly JobTitleLink[];
  discussionPrompts: readonly string[];
}

export type OutcomeNames = Readonly<Record<QuizOutcomeId, string>>;
