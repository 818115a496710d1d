// Reading BLS files (OEWS national and state sheets, the Employment Projections occupation table)
// into content/bls/ releases and their sources. Pure: scripts/data-bls.ts does the file work.
export { cellText, readCell, type CellReading } from './cells';
export { columnReader, findColumn, findHeaderRow, type ColumnReader } from './columns';
export { parseCsv } from './csv';
export {
  OEWS_MEASURES,
  readOewsSheet,
  readTopCodedWages,
  type OewsSheetOptions,
  type TopCodedWages,
} from './oews';
export { oewsFileName, projectionsPeriod, type OewsFileKind, type OewsFileName } from './period';
export {
  readProjectionsTable,
  type ProjectionsOptions,
  type ProjectionsTable,
} from './projections';
export {
  BLS_PUBLISHER,
  mergeOccupations,
  oewsSource,
  projectionsSource,
  releaseSourceIds,
  releaseYaml,
  sourceYaml,
  spanishSourceYaml,
} from './release';
export type {
  Cell,
  NotPublishedFigure,
  Release,
  ReleaseFigure,
  ReleaseOccupation,
  ReleaseSource,
  Row,
} from './types';
export { toYaml, type YamlValue } from './yaml';
