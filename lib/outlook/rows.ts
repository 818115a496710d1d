// Which figures /outlook shows: one row per chosen occupation and measure, the bars drawn from them,
// the figures the summary quotes, and state figures. Pure and generic over the figure type, so tests
// need no content; lib/outlook/view.ts feeds it the real occupations and the choices in
// content/outlook.yaml.
import type { BarDatum, BarTone } from '../charts';
import type { FigureUnit, OccupationMeasure, OutlookRelation } from '../content/vocabulary';
import { nationalFigures } from '../figures';
import { compareNames } from '../text';
import { isUsStateCode, US_STATES } from '../us-states';

/** One occupation the page shows, with how it relates to the two careers. */
export interface OutlookOccupation {
  code: string;
  relation: OutlookRelation;
  /** A short phrase for the chart's second label line and the tables. */
  label: string;
}

/** The occupations in the content's order: its groups in turn, each group's codes in turn. */
export function outlookSelection(
  groups: readonly { relation: OutlookRelation; label: string; occupations: readonly string[] }[],
): OutlookOccupation[] {
  return groups.flatMap(({ relation, label, occupations }) =>
    occupations.map((code) => ({ code, relation, label })),
  );
}

interface RowFigure {
  value: number;
  unit: FigureUnit;
  asOf: string;
  source: string;
  measure: string;
  place?: string | undefined;
}

interface RowOccupation<F extends RowFigure> {
  code: string;
  title: string;
  figures: readonly F[];
}

export interface OutlookRow<O, F> {
  occupation: O;
  relation: OutlookRelation;
  relationLabel: string;
  /** Every national figure of the measure, newest first (the content's order). */
  figures: F[];
  /** The figure the chart draws: the newest. Absent when none is published here yet. */
  charted: F | undefined;
}

/** One row per selected occupation for a measure, in the selection's order. */
export function outlookRows<O extends RowOccupation<RowFigure>>(
  occupations: readonly O[],
  measure: OccupationMeasure,
  unit: FigureUnit,
  selection: readonly OutlookOccupation[],
): OutlookRow<O, O['figures'][number]>[] {
  return selection.map(({ code, relation, label }) => {
    const occupation = occupations.find((candidate) => candidate.code === code);
    if (occupation === undefined) throw new Error(`Outlook: occupation "${code}" not found`);
    const figures = nationalFigures(occupation.figures, [measure], unit);
    return { occupation, relation, relationLabel: label, figures, charted: figures[0] };
  });
}

/** Bar colours: the coder's and biller's own, and a neutral one for every other occupation. */
export const RELATION_TONES: Readonly<Record<OutlookRelation, BarTone>> = {
  coder: 'coder',
  biller: 'biller',
  'step-up': 'neutral',
  neighbor: 'neutral',
};

/** The chart's bars from outlook rows; rows with nothing published are left out (the table says so). */
export function outlookBars<F extends RowFigure, O extends RowOccupation<F>>(
  rows: readonly OutlookRow<O, F>[],
  describe: { formatValue: (figure: F) => string; isSecondary: (sourceId: string) => boolean },
): BarDatum[] {
  return rows.flatMap(({ occupation, relation, relationLabel, charted }) => {
    if (charted === undefined) return [];
    const standing = describe.isSecondary(charted.source) ? ' · secondary source' : '';
    return [
      {
        id: occupation.code,
        tone: RELATION_TONES[relation],
        label: occupation.title,
        detail: `${relationLabel} · ${charted.asOf}${standing}`,
        value: charted.value,
        valueLabel: describe.formatValue(charted),
      },
    ];
  });
}

/** The newest figure whose source is primary, to show beside a newer secondary one. */
export function newestPrimary<F extends { source: string }>(
  figures: readonly F[],
  isSecondary: (sourceId: string) => boolean,
): F | undefined {
  return figures.find((figure) => !isSecondary(figure.source));
}

export interface OutlookHighlight<O, F> {
  occupation: O;
  relation: OutlookRelation;
  /** The newest projected change in jobs. */
  growth: F | undefined;
  /** When the newest projection is from a secondary source: the newest one from a primary source. */
  primaryGrowth: F | undefined;
  openings: F | undefined;
}

/** The figures the page's short summary quotes, grouped by relation, in the rows' order. */
export function outlookHighlights<F extends RowFigure, O extends RowOccupation<F>>(
  growthRows: readonly OutlookRow<O, F>[],
  openingsRows: readonly OutlookRow<O, F>[],
  isSecondary: (sourceId: string) => boolean,
): Record<OutlookRelation, OutlookHighlight<O, F>[]> {
  const highlights = growthRows.map(({ occupation, relation, figures, charted }) => ({
    occupation,
    relation,
    growth: charted,
    primaryGrowth:
      charted !== undefined && isSecondary(charted.source)
        ? newestPrimary(figures, isSecondary)
        : undefined,
    openings: openingsRows.find((row) => row.occupation.code === occupation.code)?.charted,
  }));
  const withRelation = (relation: OutlookRelation) =>
    highlights.filter((highlight) => highlight.relation === relation);
  return {
    coder: withRelation('coder'),
    biller: withRelation('biller'),
    'step-up': withRelation('step-up'),
    neighbor: withRelation('neighbor'),
  };
}

/** State figures of one measure with the state's name, in alphabetical order of the name. */
export function stateFigures<F extends RowFigure>(
  figures: readonly F[],
  measure: OccupationMeasure,
): { state: string; figure: F }[] {
  return figures
    .flatMap((figure) => {
      if (figure.measure !== measure || figure.place === undefined) return [];
      const state = isUsStateCode(figure.place) ? US_STATES[figure.place] : figure.place;
      return [{ state, figure }];
    })
    .sort((a, b) => compareNames(a.state, b.state));
}
