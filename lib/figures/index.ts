// Choosing among an occupation's figures. Every page picks figures through these, so a chart, a
// table and a job-title page agree on what they show.
//
// Public surface:
// - chooseHeadline / rankFigures: the headline rule (newest period, then the better source).
// - hourlyCompanion: the hourly rate published with an annual pay figure.
// - sourceRank: how good a source is for a figure of a given period.
// - periodOrder / periodName: reading "May 2025", "2025-35" and "2024" as periods.
// - measureLabel: what a figure measures, in the words shown beside it.
// - isPayFigure / PAY_MEASURES: which measures are pay.
import type { OccupationMeasure } from '../content/vocabulary';

export {
  chooseHeadline,
  hourlyCompanion,
  matchesQuery,
  rankFigures,
  type FigureQuery,
  type HeadlineChoice,
  type RankableFigure,
} from './headline';
export { measureLabel } from './labels';
export { periodName, periodOrder } from '../content/period';
export { sourceRank, type RankableSource } from './rank';

/** The measures that are pay: a median and an average (mean). */
export const PAY_MEASURES: readonly OccupationMeasure[] = ['median-pay', 'mean-pay'];

export function isPayFigure(figure: { measure: string }): boolean {
  return PAY_MEASURES.some((measure) => measure === figure.measure);
}
