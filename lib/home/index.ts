// The home page's view model: the site's description, the short comparison ("the one-minute
// answer") and the "Where to next" cards.
//
// Public surface: getHomePage(), HOME_SUMMARY_ROWS.
import {
  getComparison,
  summarizeComparison,
  viewComparison,
  type ComparisonView,
} from '../compare';
import { getSiteInfo } from '../content';
import { HOME_ENTRY_POINTS } from './entry-points';

/** The comparison rows the home page shows, in its order. */
export const HOME_SUMMARY_ROWS = [
  'focus',
  'education',
  'first-certification',
  'pay',
  'outlook',
] as const;

export interface HomePage {
  description: string;
  summary: ComparisonView;
  /** How many rows the full comparison on /compare has. */
  fullRowCount: number;
  entryPoints: typeof HOME_ENTRY_POINTS;
}

export function getHomePage(): HomePage {
  const comparison = getComparison();
  return {
    description: getSiteInfo().description,
    summary: viewComparison(summarizeComparison(comparison, HOME_SUMMARY_ROWS)),
    fullRowCount: comparison.rows.length,
    entryPoints: HOME_ENTRY_POINTS,
  };
}
