// The certifications feature: the comparison table of every credential, its filter and sort, and
// each credential's page.
//
// Public surface:
// - getCertificationsOverview(locale): the /certifications page's view model (intro, callouts,
//   legend, table rows with cited figures, filter options).
// - getCertificationProfile(slug, locale): one credential's page, every fact resolved.
// - certificationMetadata(cert, locale): title, description and path of a credential's page.
// - credentialLink(cert, locale): a credential named by a link, for other features' pages.
// - certificationWords(locale) and the label helpers: the feature's strings in one language.
// - the pure builders below (table rows, filter and sort, exam facts), for tests.
//
// The browser part: the table's client island imports `@/lib/certifications/query` directly, not
// this index, because this index reaches the content data layer and the island must not bring it
// into the browser bundle. query.ts imports no content.
export { certificationWords, levelLabels, roleLabels, type CertificationWords } from './labels';
export type { CertificationLike, JobTitleLike, UnpublishedLike } from './model';
export {
  CERTIFICATION_COLUMNS,
  buildCertificationRows,
  certificationColumns,
  type CertificationColumn,
  isUnknownCell,
  rowFigures,
  unknownCells,
  type CertificationCell,
  type CertificationColumnId,
  type CertificationRow,
} from './table';
export {
  DEFAULT_QUERY,
  applyCertificationQuery,
  bodiesIn,
  certificationQueryString,
  filterCertifications,
  parseCertificationQuery,
  shownCountMessage,
  sortCertifications,
  type CertificationFacets,
  type CertificationQuery,
  type CertificationTableWords,
  type ShownCountWords,
  type SortKey,
} from './query';
export {
  billingAlternatives,
  certificationMetadata,
  certificationSourceIds,
  credentialsByRole,
  examFacts,
  isKnownFact,
  jobTitlesListing,
  type CertificationMetadata,
  type ExamFact,
} from './facts';
export {
  credentialLink,
  type CredentialLink,
  type NoBillingNote,
  type RoleRuleNote,
} from './notes';
export {
  getCertificationsOverview,
  type CertificationFilterOptions,
  type CertificationTable,
  type CertificationsOverview,
  type FilterOption,
} from './overview';
export { getCertificationProfile, type CertificationProfile } from './profile';
