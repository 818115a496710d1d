// /first-job/: the first 24 months, and the entry-friendly job titles.
//
// Public surface:
// - getFirstJobPage(): the page's view model (sections, evidence tags, citations, links).
// - getEntryTitleViews(), getEntryTitleView(slug), entryTitleSlugs(): the entry-friendly titles as
//   the page, the job pages and the finder show them. The planner reads lib/content's
//   getEntryTitles() directly.
// - EVIDENCE_LABELS, BEGINNER_LABELS, pathsLabel, guideLinkHref: the words and links of the lists.
export {
  getFirstJobPage,
  type BridgeJobView,
  type FirstJobView,
  type GuideBlockView,
  type GuideSectionView,
} from './guide';
export {
  entryTitleSlugs,
  entryTitleView,
  getEntryTitleView,
  getEntryTitleViews,
  type EntryTitleView,
} from './entry-titles';
export { BEGINNER_LABELS, EVIDENCE_LABELS, guideLinkHref, pathsLabel } from './labels';
