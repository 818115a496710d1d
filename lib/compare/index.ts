// The coder-vs-biller comparison.
//
// Public surface:
// - getComparison(): the comparison built from the role, occupation and certification content.
// - getComparisonView(): the same, ready for the table (figures and facts with their citations).
// - buildComparison, summarizeComparison, viewComparison: the pure steps, for tests and the home page.
import { rankOfSource } from '../citations';
import { getCertifications, getOccupations, getRoles } from '../content';
import { buildComparison } from './build';
import { viewComparison, type ComparisonView } from './view';

export {
  buildComparison,
  periodMismatchNote,
  summarizeComparison,
  type CompareCell,
  type CompareRow,
  type Comparison,
  type ComparisonInput,
} from './build';
export { viewComparison, type CompareCellView, type ComparisonView } from './view';

/** The coder-vs-biller comparison, built from the role, occupation and certification content. */
export function getComparison() {
  return buildComparison({
    roles: getRoles(),
    occupations: getOccupations(),
    certifications: getCertifications(),
    rankOfSource,
  });
}

/** The full comparison, ready for the /compare table. */
export function getComparisonView(): ComparisonView {
  return viewComparison(getComparison());
}
