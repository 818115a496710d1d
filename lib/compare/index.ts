// The coder-vs-biller comparison.
//
// Public surface:
// - getComparison(): the comparison built from the role, occupation and certification content.
// - getComparisonView(): the same, ready for the table (figures and facts with their citations).
// - buildComparison, summarizeComparison, viewComparison: the pure steps, for tests and the home page.
import { rankOfSource } from '../citations';
import { getCertifications, getOccupations, getRoles } from '../content';
import type { Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { buildComparison } from './build';
import { viewComparison, type ComparisonView } from './view';

export {
  buildComparison,
  COMPARE_ROW_IDS,
  type CompareRowId,
  type ComparisonWords,
  periodMismatchNote,
  summarizeComparison,
  type CompareCell,
  type CompareRow,
  type Comparison,
  type ComparisonInput,
} from './build';
export { viewComparison, type CompareCellView, type ComparisonView } from './view';

/** The coder-vs-biller comparison, built from the role, occupation and certification content. */
export function getComparison(locale: Locale = 'en') {
  return buildComparison({
    roles: getRoles(locale),
    occupations: getOccupations(locale),
    certifications: getCertifications(locale),
    rankOfSource,
    words: getMessages(locale).compare.table,
    locale,
  });
}

/** The full comparison, ready for the /compare table. */
export function getComparisonView(locale: Locale = 'en'): ComparisonView {
  return viewComparison(getComparison(locale), locale);
}
