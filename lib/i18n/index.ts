// The site's languages: which exist, how addresses carry them, and the interface strings of each
// (docs/i18n.md). Content prose is translated in content/es/, read through lib/content. The
// catalogs are imported from lib/i18n/messages, by server code only: a client bundle that imported
// them would carry every language.
export {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_NAMES,
  formatLocale,
  isLocale,
  localeOfPath,
  localePrefix,
  localizePath,
  openGraphLocale,
  otherLocale,
  pageTwin,
  unlocalizedPath,
  type Locale,
} from './locales';
export { defineMessages, type Catalog, type MessageTree, type Translation } from './define';
export {
  formatMessage,
  placeholdersOf,
  splitAtPlaceholder,
  type MessageValues,
} from './format-message';
export { parseRichText, plainText, tagsOf, type RichPart } from './rich-text';
