// The finder's build-time surface: what pages and the index route read from the content. The browser
// never loads this folder, since it reads lib/content; the search itself is in lib/finder.
export { getCatalogSources, getFinderCatalog, getFinderIndexData } from './catalog';
export {
  getJobTitleProfile,
  getJobTitlesByFamily,
  type JobTitleProfile,
  type TitleLink,
} from './job-titles';
