// The job-title finder: the catalog join, the search and its index, the search box's state, places
// and job-board links. Pure and safe for the browser; what reads the content is in ./server.
export {
  buildCatalog,
  credentialStrings,
  searchableStrings,
  socCode,
  withoutParenthetical,
} from './catalog';
export {
  hasFilters,
  NO_FILTERS,
  readFilters,
  setFilter,
  type FinderFilters,
} from './finder-filters';
export { resultAnnouncement, understoodText } from './finder-messages';
export { finderResult } from './finder-result';
export {
  finderReducer,
  finderSearchParams,
  INITIAL_FINDER_STATE,
  keyAction,
  type FinderState,
  type Understood,
} from './finder-state';
export { readFinderParams } from './finder-params';
export { highlightWords, textParts, type Highlighted } from './highlight';
export { jobBoardLinks, type JobBoardLink } from './job-boards';
export {
  ENTRY_FRIENDLY_LABEL,
  FAMILY_DESCRIPTIONS,
  FAMILY_LABELS,
  familyAnchor,
  LEVEL_LABELS,
  LEVEL_PAY_POSITIONS,
  OCCUPATION_MATCH_LABELS,
} from './labels';
export { localizeCatalog, type TitleTranslation } from './localize-catalog';
export { foldAccents, MAX_QUERY_LENGTH } from './normalize';
export { missingTitleWords } from './missing-title';
export {
  onetAttribution,
  onetAttributionParts,
  onetLicenseMarkdown,
  type AttributionPart,
} from './onet-attribution';
export { extractOnetTitles, ONET_FILE_NAMES, type OnetFiles } from './onet-extract';
export { parsePlace, placeLabel, placeParam, type Place, type StatePlace } from './place';
export { buildGazetteer, PLACES_ATTRIBUTION, type Gazetteer } from './us-cities';
export { paySpread } from './pay-spread';
export {
  nationalPayHeadline,
  PLACE_PAY_UNIT,
  statePay,
  type PairedFigure,
  type StatePay,
} from './place-pay';
export { isPlacePayData, type PlacePayData, type StatePayView } from './place-pay-data';
export { createFinder } from './search';
export {
  buildFinderIndex,
  FUSE_OPTIONS,
  isFinderIndexData,
  type FinderIndexData,
} from './search-index';
export type { Finder, FinderHit, FinderResult, QueryReading, SearchOptions } from './search-types';
export type {
  CertificationName,
  CuratedTitle,
  FinderCatalog,
  FinderEntry,
  FinderOccupation,
} from './types';
