// The training check (/training-check/): is this school or course worth it? The checklist's
// questions, the answers' state, the summary of what they show and the address codec. Pure and safe
// for the browser; what reads the content is in ./server.
export { answersReducer, type AnswersAction } from './answers';
export { CHECK_FRAGMENT, decodeAnswers, encodeAnswers } from './codec';
export {
  answerLabel,
  formatCount,
  outcomeOf,
  summarize,
  summarySentences,
  type ChecklistSummary,
  type NextStep,
  type Outcome,
  type QuestionResult,
} from './summary';
export {
  ANSWERS,
  checklistQuestions,
  type Answer,
  type Answers,
  type CheckPlace,
  type Checklist,
  type ChecklistLabels,
  type ChecklistGroup,
  type ChecklistQuestion,
  type Verdict,
  type VerdictId,
} from './types';
