// /answers/: straight answers to the questions people ask first, each with its evidence and sources.
//
// Public surface (every view in the given locale, 'en' or 'es'):
// - getAnswersHub(locale): the hub's list of questions with their short answers.
// - getAnswerPage(slug, locale): one answer's page, every figure and fact cited; the claims page
//   adds the checked claims with their verdicts.
// - answerLinks(slugs, locale): links to answers, for the pages where their questions come up.
// - answerMetadata(slug, locale), getAnswerSlugs(): for the route's metadata and static params.
// - viewEvidence, viewClaim, verdictLabel, citedSources: the pieces, for tests.
export { verdictLabel, viewClaim, type ClaimView } from './claims';
export {
  evidenceCitations,
  viewEvidence,
  type CitedNote,
  type EvidenceView,
  type OccupationHeadline,
} from './evidence';
export {
  answerLinks,
  answerMetadata,
  citedSources,
  getAnswerPage,
  getAnswerSlugs,
  getAnswersHub,
  type AnswerLinkView,
  type AnswerPageView,
  type AnswerSectionView,
  type AnswersHubView,
  type CitedSourceView,
  type StepView,
} from './page';
