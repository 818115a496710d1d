// /outlook: which occupations and figures it shows (rows.ts, pure), and the page's view model
// (view.ts), built from content/outlook.yaml and the occupations' figures.
export {
  chartPeriod,
  isCharted,
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateSets,
  type OutlookOccupation,
  type StateSet,
} from './rows';
export {
  getOutlook,
  type HighlightView,
  type OutlookChartView,
  type OutlookSummaryView,
  type OutlookTableRow,
  type OutlookView,
  type SourcedTextView,
  type StateSetView,
  type StateWagesView,
  type VerdictView,
} from './view';
