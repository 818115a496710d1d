// How the site names the source of a fact, and figures ready to show with their citations.
//
// Public surface:
// - cite, citeEdition, citeFigure, citationOf, shortPublisher: a fact's or a figure's citation.
// - viewHeadline, viewMeasuredFigure, rankOfSource: occupation figures chosen by the headline rule
//   (lib/figures), labelled with what they measure and cited.
export {
  cite,
  citeEdition,
  citeFigure,
  citationOf,
  shortPublisher,
  type Citation,
  type CitedFigureView,
} from './cite';
export {
  rankOfSource,
  viewHeadline,
  viewMeasuredFigure,
  type HeadlineFigureView,
  type MeasuredFigureView,
} from './headline';
