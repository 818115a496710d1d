// The role-fit quiz: scoring by released version, how sure a result is, the result-link codec, the
// addresses that carry answers, the quiz's reducer and the counselors' class summary. Pure and safe for
// the browser; what reads the content is in ./server.
export { resultCertainty, resultReadiness, type ResultCertainty } from './certainty';
export {
  decodeAnswers,
  encodeAnswers,
  type CodedQuestionSet,
  type DecodeError,
  type DecodeResult,
} from './codec';
export {
  asksForFreshStart,
  editAnswersHref,
  freshQuizHref,
  progressFragment,
  readProgress,
  readQuestion,
  readResultCode,
  resultHref,
  resultPath,
} from './links';
export { quizLength, type QuizLength } from './length';
export { problemMessage, type LineProblem, type ProblemWords } from './messages';
export { outcomeNames } from './outcomes';
export {
  isQuizEntry,
  PROGRESS_STORAGE_KEY,
  quizEntryState,
  startingProgress,
  type Progress,
  type ProgressSources,
} from './progress';
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
  isPartialResult,
  summarizeClass,
  topReasons,
  type ClassSummary,
  type DuplicateLine,
  type InvalidLine,
  type StudentResult,
  type UnfinishedLine,
} from './summary';
export { classSummaryCsv, type CsvLanguage, type CsvWords } from './summary-csv';
export { splitResultLine, type PastedLine } from './summary-lines';
export {
  countOf,
  duplicateNote,
  partialNote,
  studentNotes,
  uncertainNote,
  summaryStatus,
  unfinishedNote,
  type NoteLanguage,
  type NoteWords,
} from './summary-notes';
export type {
  AnswerPush,
  Answers,
  JobTitleLink,
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
