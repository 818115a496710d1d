// The shapes lib/bls reads and writes. A sheet is rows of cells as a spreadsheet reader gives them.
import type { BlsDataset, FigureBound, FigureUnit, OccupationMeasure } from '../content/vocabulary';

/** One spreadsheet cell: a number, text, or nothing. */
export type Cell = string | number | null | undefined;
export type Row = readonly Cell[];

/** A figure in the shape of the content's OccupationFigure. */
export interface ReleaseFigure {
  measure: OccupationMeasure;
  value: number;
  unit: FigureUnit;
  asOf: string;
  source: string;
  /** Two-letter state code; absent for the United States. */
  place?: string;
  label?: string;
  /** "at-least": BLS gives only the top-coded wage, the real one is that or more. */
  bound?: FigureBound;
}

/** A cell BLS did not publish (`*`, `**`): recorded so that pages can say so, never as a number. */
export interface NotPublishedFigure {
  measure: OccupationMeasure;
  unit: FigureUnit;
  asOf: string;
  source: string;
  place?: string;
}

/** What one release says of one occupation. */
export interface ReleaseOccupation {
  code: string;
  figures: ReleaseFigure[];
  notPublished: NotPublishedFigure[];
}

/** One content/bls/*.yaml file. */
export interface Release {
  /** File name without .yaml, e.g. "oews-2025". */
  id: string;
  dataset: BlsDataset;
  /** The period as BLS words it: "May 2025", "2024-34". */
  period: string;
  /** The BLS files it was made from. */
  generatedFrom: string[];
  occupations: ReleaseOccupation[];
}

/** A content/sources/*.yaml document the release cites. */
export interface ReleaseSource {
  id: string;
  title: string;
  url: string;
  edition: string;
  /** ISO day the files were read, e.g. "2026-12-01". */
  accessed: string;
  note?: string;
}
