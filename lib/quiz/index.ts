// The role-fit quiz: scoring by released version, how sure a result is, the result-link codec, the
// addresses that carry answers, the quiz's reducer and the counselors' class summary. Pure and safe for
// the browser; what reads the content is in ./server.
export { resultCertainty, resultReadiness, type ResultCertainty } from './certainty';
export { decodeAnswers, encodeAnswers, type DecodeError, type DecodeResult } from './codec';
export {
  editAnswersHref,
  progressFragment,
  readProgress,
  readResultCode,
  resultHref,
  resultPath,
} from './links';
export { problemMessage, type LineProblem } from './messages';
export { outcomeNames } from './outcomes';
export {
  answeredCount,
  initialQuizState,
  isLastQuestion,
  quizReducer,
  type QuizAction,
  type QuizState,
} from './reducer';
export { findVersion, hasScoringRule, latestVersion, scoreAnswers } from './registry';
export { scoreWeightedSum, TIE_ORDER, toPercentages, topOutcome } from './scoring';
export {
  classSummaryCsv,
  splitResultLine,
  summarizeClass,
  topReasons,
  type ClassSummary,
  type InvalidLine,
  type StudentResult,
} from './summary';
export type {
  AnswerPush,
  Answers,
  CertaintyRule,
  LinkedPage,
  OutcomeDetails,
  OutcomeNames,
  OutcomePoints,
  QuizDefinition,
  QuizOptionData,
  QuizOutcomeId,
  QuizQuestionData,
  QuizResult,
  ScoredResult,
} from './types';
