// Try the work: short coding and billing cases, one at a time, with the reason behind each answer.
// Safe in the browser (no content reader): the island imports this; pages build the view model with
// @/lib/try-work/server.
//
// Public surface:
// - scoreOf, isRightAnswer, answerOption: scoring of a set's answers.
// - summaryOf, scoreLine: the end of a set (score, "how did that feel?"), in the catalog's words.
// - tryRunReducer, initialTryRun: the island's state, one case at a time.
// - types of the view model (TrySetView, TryCaseView, TryOptionView), of the words the island gets
//   as props (TryCaseWords, TryEndWords), and FEELINGS.
export { answerOption, isRightAnswer, scoreOf, type TryAnswers, type TryScore } from './scoring';
export { scoreLine, summaryOf, type TrySummary } from './summary';
export { initialTryRun, tryRunReducer, type TryRunAction, type TryRunState } from './reducer';
export {
  FEELINGS,
  type Feeling,
  type TryCaseView,
  type TryCaseWords,
  type TryEndWords,
  type TryNoteLineView,
  type TryOptionView,
  type TrySetView,
} from './types';
