// The Employment Projections occupation table (occupation.xlsx, table 1.2 "Occupational projections
// and worker characteristics") to the site's occupations' employment, growth and openings. The
// table titles its columns with the years ("Employment, 2024", "... percent, 2024–34"), so the
// columns are found by the words of their header and the period is read from it.
import type { FigureUnit, OccupationMeasure } from '../content/vocabulary';
import { cellText, readCell } from './cells';
import { findColumn } from './columns';
import { projectionsPeriod } from './period';
import type { NotPublishedFigure, ReleaseFigure, ReleaseOccupation, Row } from './types';

export interface ProjectionsOptions {
  /** The Source id of the figures, from the table's period ("2024-34"). */
  source: (period: string) => string;
  occupations: ReadonlySet<string>;
}

export interface ProjectionsTable {
  /** "2024-34". */
  period: string;
  occupations: ReleaseOccupation[];
}

interface ProjectionColumn {
  index: number;
  measure: OccupationMeasure;
  unit: FigureUnit;
  asOf: string;
  label?: string;
  /** Counts are published in thousands. */
  scaled: boolean;
}

function requireColumn(
  header: Row,
  pattern: RegExp,
  what: string,
): { index: number; text: string } {
  const found = findColumn(header, pattern);
  if (!found) throw new Error(`occupation.xlsx: no ${what} column (looked for ${pattern})`);
  return found;
}

function projectionColumns(header: Row): { period: string; columns: ProjectionColumn[] } {
  const growth = requireColumn(header, /employment change,?\s*percent/i, 'percent change');
  const period = projectionsPeriod(growth.text);
  if (!period) throw new Error(`occupation.xlsx: no period in "${growth.text}"`);
  const employment = (year: number) =>
    requireColumn(header, new RegExp(`^employment,?\\s*${year}\\b`, 'i'), `employment ${year}`);
  const openings = requireColumn(header, /openings/i, 'openings');
  return {
    period: period.period,
    columns: [
      {
        index: employment(period.start).index,
        measure: 'employment',
        unit: 'count',
        asOf: `${period.start}`,
        scaled: true,
      },
      {
        index: employment(period.end).index,
        measure: 'employment',
        unit: 'count',
        asOf: `${period.end}`,
        label: 'Projected employment',
        scaled: true,
      },
      {
        index: growth.index,
        measure: 'growth',
        unit: 'percent',
        asOf: period.period,
        label: 'Projected change in jobs',
        scaled: false,
      },
      {
        index: openings.index,
        measure: 'openings',
        unit: 'count-per-year',
        asOf: period.period,
        scaled: true,
      },
    ],
  };
}

/** The site's occupations in the projections table; counts in thousands become whole counts. */
export function readProjectionsTable(
  rows: readonly Row[],
  options: ProjectionsOptions,
): ProjectionsTable {
  const headerIndex = rows.findIndex(
    (row) => findColumn(row, /matrix code|^SOC code/i) !== undefined,
  );
  if (headerIndex < 0) throw new Error('occupation.xlsx: no header row with a matrix code column');
  const header = rows[headerIndex] ?? [];
  const code = requireColumn(header, /matrix code|^SOC code/i, 'occupation code').index;
  const inThousands = rows
    .slice(0, headerIndex + 1)
    .some((row) => row.some((cell) => /in thousands/i.test(cellText(cell))));
  const { period, columns } = projectionColumns(header);
  const occupations: ReleaseOccupation[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const occupationCode = cellText(row[code]);
    if (!options.occupations.has(occupationCode)) continue;
    if (occupations.some((occupation) => occupation.code === occupationCode)) {
      throw new Error(`occupation.xlsx: ${occupationCode} is listed twice`);
    }
    const figures: ReleaseFigure[] = [];
    const notPublished: NotPublishedFigure[] = [];
    for (const { index, measure, unit, asOf, label, scaled } of columns) {
      const base = { measure, unit, asOf, source: options.source(period) };
      const reading = readCell(row[index]);
      if (reading.kind === 'number') {
        const value = scaled && inThousands ? Math.round(reading.value * 1000) : reading.value;
        figures.push({ ...base, value, ...(label ? { label } : {}) });
      } else if (reading.kind === 'top-coded') {
        throw new Error(`occupation.xlsx: ${occupationCode} has "#" in a count column`);
      } else {
        notPublished.push(base);
      }
    }
    occupations.push({ code: occupationCode, figures, notPublished });
  }
  return { period, occupations };
}
