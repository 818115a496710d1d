// Comparing two curated job titles (/jobs/compare/?a=<slug>&b=<slug>). Pure and safe for the
// browser: the compare page's island imports this; what reads the content is in ./server.
//
// Public surface:
// - readComparePair, compareProblem, problemNotice, pickerChoice: the address and what is wrong with it.
// - compareScreen, isCompareTitle: what the page shows for the files loaded so far.
// - payComparison: whether the two pay figures are like with like, in words.
// - remoteSentences: what a title's content says about remote work.
export {
  compareProblem,
  pickerChoice,
  problemNotice,
  readComparePair,
  type ComparePair,
  type CompareProblem,
  type CompareSide,
  type PairOrigin,
  type ProblemNotice,
  type ProblemWords,
} from './pair';
export { payComparison, type PayComparison, type PayNoteWords } from './pay';
export { remoteSentences } from './remote';
export { compareScreen, isCompareTitle, type CompareScreen, type LoadedTitle } from './screen';
export {
  COMPARE_DATA_VERSION,
  type CompareLabels,
  type ComparePay,
  type CompareTitle,
  type PrintSource,
  type TitleOption,
  type TitleOptionGroup,
} from './types';
