// /first-job/: the first 24 months, and the entry-friendly job titles, in either language.
//
// Public surface:
// - getFirstJobPage(locale): the page's view model (sections, evidence tags, citations, links).
// - getEntryTitleViews(locale), getEntryTitleView(slug, locale), entryTitleSlugs(): the
//   entry-friendly titles as the page, the job pages and the finder show them. The planner reads
//   lib/content's getEntryTitles(locale) directly.
// - evidenceLabel, beginnersLabel, pathsLabel, guideLinkHref: the words and links of the lists.
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
export { beginnersLabel, evidenceLabel, guideLinkHref, pathsLabel } from './labels';
