// An OEWS sheet (national_M<yyyy>_dl or state_M<yyyy>_dl, layout in the BLS field descriptions) to
// the figures of the site's occupations: one row per area and occupation, cross-industry rows only.
import type { FigureUnit, OccupationMeasure } from '../content/vocabulary';
import { isUsStateCode } from '../us-states';
import { cellText, readCell, type CellReading } from './cells';
import { columnReader, findHeaderRow, type ColumnReader } from './columns';
import type { Cell, NotPublishedFigure, ReleaseFigure, ReleaseOccupation, Row } from './types';

/** The columns the site reads and what each measures. */
export const OEWS_MEASURES = [
  { column: 'A_MEDIAN', measure: 'median-pay', unit: 'usd-per-year' },
  { column: 'H_MEDIAN', measure: 'median-pay', unit: 'usd-per-hour' },
  { column: 'A_MEAN', measure: 'mean-pay', unit: 'usd-per-year' },
  { column: 'H_MEAN', measure: 'mean-pay', unit: 'usd-per-hour' },
  { column: 'A_PCT10', measure: 'pay-p10', unit: 'usd-per-year' },
  { column: 'A_PCT25', measure: 'pay-p25', unit: 'usd-per-year' },
  { column: 'A_PCT75', measure: 'pay-p75', unit: 'usd-per-year' },
  { column: 'A_PCT90', measure: 'pay-p90', unit: 'usd-per-year' },
  { column: 'TOT_EMP', measure: 'employment', unit: 'count' },
] as const satisfies readonly { column: string; measure: OccupationMeasure; unit: FigureUnit }[];

const ROW_COLUMNS = ['AREA_TYPE', 'PRIM_STATE', 'NAICS', 'I_GROUP', 'OCC_CODE', 'O_GROUP'] as const;

/** Puerto Rico, Guam and the Virgin Islands are in the state file; the site covers states and DC. */
const TERRITORIES: readonly string[] = ['PR', 'GU', 'VI'];

/** The top-coded wage of the release: `#` means "this much or more". */
export interface TopCodedWages {
  annual: number;
  hourly: number;
}

export interface OewsSheetOptions {
  /** "May 2025". */
  period: string;
  /** The Source id the figures cite. */
  source: string;
  /** The site's occupation codes: only their rows are read. */
  occupations: ReadonlySet<string>;
  /** Needed only when the sheet has a `#` cell. */
  topCoded?: TopCodedWages | undefined;
}

/**
 * The top-coded wages from the text of the BLS field descriptions, which say e.g. "# indicates a wage
 * equal to or greater than $115.00 per hour or $239,200 per year".
 */
export function readTopCodedWages(text: string): TopCodedWages | undefined {
  const match = /\$([\d,.]+)\s+per hour or \$([\d,.]+)\s+per year/i.exec(text);
  if (!match) return undefined;
  const amount = (value: string | undefined) => Number((value ?? '').replace(/,/g, ''));
  return { hourly: amount(match[1]), annual: amount(match[2]) };
}

/** Where a row is: undefined for the United States, a state code, or null for an area the site skips. */
function rowPlace(areaType: string, state: string): string | undefined | null {
  if (areaType === '1') return undefined;
  if (areaType === '2' && isUsStateCode(state) && !TERRITORIES.includes(state)) return state;
  return null;
}

type Column = ColumnReader<(typeof ROW_COLUMNS)[number] | (typeof OEWS_MEASURES)[number]['column']>;

/**
 * Where a row is, if it is a row the site reads: a detailed occupation of the site, all industries
 * (the national file also breaks each occupation down by industry and by ownership), in the US
 * (undefined) or a state. Null for any other row.
 */
function siteRowPlace(row: Row, column: Column, occupations: ReadonlySet<string>) {
  const text = (name: Parameters<Column>[1]) => cellText(column(row, name));
  if (!occupations.has(text('OCC_CODE'))) return null;
  if (text('O_GROUP').toLowerCase() !== 'detailed') return null;
  if (text('I_GROUP').toLowerCase() !== 'cross-industry') return null;
  // "000000", or 0 where a spreadsheet stored the code as a number.
  if (!/^0+$/.test(text('NAICS'))) return null;
  return rowPlace(text('AREA_TYPE'), text('PRIM_STATE'));
}

/** The figures and the unpublished cells of each of the site's occupations in one OEWS sheet. */
export function readOewsSheet(
  rows: readonly Row[],
  options: OewsSheetOptions,
): ReleaseOccupation[] {
  const headerIndex = findHeaderRow(rows, ['OCC_CODE', 'AREA_TYPE']);
  const column: Column = columnReader(rows[headerIndex] ?? [], [
    ...ROW_COLUMNS,
    ...OEWS_MEASURES.map((measure) => measure.column),
  ]);
  const byCode = new Map<string, ReleaseOccupation>();
  const seen = new Set<string>();
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    const place = siteRowPlace(row, column, options.occupations);
    if (place === null) return;
    const code = cellText(column(row, 'OCC_CODE'));
    const area = `${code}, ${place ?? 'US'}`;
    const rowName = `row ${headerIndex + offset + 2} (${area})`;
    if (seen.has(area)) throw new Error(`${rowName}: a second cross-industry row for this area`);
    seen.add(area);
    const occupation = byCode.get(code) ?? { code, figures: [], notPublished: [] };
    byCode.set(code, occupation);
    const where = place === undefined ? {} : { place };
    for (const { column: name, measure, unit } of OEWS_MEASURES) {
      const base = { measure, unit, asOf: options.period, source: options.source };
      const cellName = `${rowName}, ${name}`;
      const reading = readNamedCell(column(row, name), cellName);
      if (reading.kind === 'number') {
        occupation.figures.push({ ...base, value: reading.value, ...where });
      } else if (reading.kind === 'top-coded') {
        occupation.figures.push(topCodedFigure(base, where, options.topCoded, cellName));
      } else {
        const notPublished: NotPublishedFigure = { ...base, ...where };
        occupation.notPublished.push(notPublished);
      }
    }
  });
  return [...byCode.values()];
}

/** readCell, with the row and column named in its error. */
function readNamedCell(cell: Cell, cellName: string): CellReading {
  try {
    return readCell(cell);
  } catch (error) {
    throw new Error(`${cellName}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function topCodedFigure(
  base: Omit<ReleaseFigure, 'value'>,
  where: { place?: string },
  topCoded: TopCodedWages | undefined,
  cellName: string,
): ReleaseFigure {
  const value =
    base.unit === 'usd-per-year'
      ? topCoded?.annual
      : base.unit === 'usd-per-hour'
        ? topCoded?.hourly
        : undefined;
  if (value === undefined) {
    throw new Error(
      `${cellName}: "#" (at or above the top-coded wage) but the top-coded wage is not known; ` +
        'give it with --top-coded <hourly>,<annual>',
    );
  }
  return { ...base, value, bound: 'at-least', ...where };
}
