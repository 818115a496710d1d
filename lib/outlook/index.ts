// /outlook: which occupations and figures it shows (rows.ts, pure), and the page's view model
// (view.ts), built from content/outlook.yaml and the occupations' figures.
export {
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateFigures,
  type OutlookOccupation,
} from './rows';
export {
  getOutlook,
  type HighlightView,
  type OutlookChartView,
  type OutlookSummaryView,
  type OutlookTableRow,
  type OutlookView,
  type SourcedTextView,
  type StateWagesView,
  type VerdictView,
} from './view';
