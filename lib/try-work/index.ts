// Try the work: short coding and billing cases, one at a time, with the reason behind each answer.
// Safe in the browser (no content reader): the island imports this; pages build the view model with
// @/lib/try-work/server.
//
// Public surface:
// - scoreOf, isRightAnswer, answerOption: scoring of a set's answers.
// - summaryOf, scoreLine, FEELING_LABELS: the end of a set (score, "how did that feel?").
// - tryRunReducer, initialTryRun: the island's state, one case at a time.
// - types of the view model (TrySetView, TryCaseView, TryOptionView) and FEELINGS.
export { answerOption, isRightAnswer, scoreOf, type TryAnswers, type TryScore } from './scoring';
export { FEELING_LABELS, scoreLine, summaryOf, type TrySummary } from './summary';
export { initialTryRun, tryRunReducer, type TryRunAction, type TryRunState } from './reducer';
export {
  FEELINGS,
  type Feeling,
  type TryCaseView,
  type TryNoteLineView,
  type TryOptionView,
  type TrySetView,
} from './types';
