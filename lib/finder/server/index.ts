// The finder's build-time surface: what pages and the index route read from the content. The browser
// never loads this folder, since it reads lib/content; the search itself is in lib/finder.
export {
  getCatalogSources,
  getFinderCatalog,
  getFinderIndexData,
  getFinderSynonyms,
  getUsCities,
} from './catalog';
export { getPlacePayData, placePayFiles, placePayFile } from './place-pay';
export { noPaySentence, type TitlePay, type TitlePayWords } from './title-pay';
export {
  getJobTitleProfile,
  getJobTitlesByFamily,
  type CatalogTitle,
  type JobTitleProfile,
  type OccupationMatchView,
  type TitleLink,
} from './job-titles';
