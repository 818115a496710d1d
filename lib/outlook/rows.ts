// Which figures /outlook shows: one row per chosen occupation and measure with its headline figure,
// the bars drawn from the headlines of one period, the figures the summary quotes, and state
// figures beside the national figure of the same measure and period. Pure and generic over the
// figure type, so tests need no content; lib/outlook/view.ts feeds it the real occupations and the
// choices in content/outlook.yaml.
import type { BarDatum, BarTone } from '../charts';
import type { OutlookRelation } from '../content/vocabulary';
import {
  chooseHeadline,
  periodName,
  periodOrder,
  type FigureQuery,
  type HeadlineChoice,
  type RankableFigure,
} from '../figures';
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

type RowFigure = RankableFigure & { value: number };

interface RowOccupation<F extends RowFigure> {
  code: string;
  title: string;
  figures: readonly F[];
}

export interface OutlookRow<O, F> {
  occupation: O;
  relation: OutlookRelation;
  relationLabel: string;
  /** The headline figure and the others behind it; absent when none is published here. */
  choice: HeadlineChoice<F> | undefined;
}

type RankOfSource = (sourceId: string) => number;

/** One row per selected occupation for a measure, in the selection's order. */
export function outlookRows<O extends RowOccupation<RowFigure>>(
  occupations: readonly O[],
  query: FigureQuery,
  selection: readonly OutlookOccupation[],
  rankOfSource: RankOfSource,
): OutlookRow<O, O['figures'][number]>[] {
  return selection.map(({ code, relation, label }) => {
    const occupation = occupations.find((candidate) => candidate.code === code);
    if (occupation === undefined) throw new Error(`Outlook: occupation "${code}" not found`);
    const choice = chooseHeadline<O['figures'][number]>(occupation.figures, query, rankOfSource);
    return { occupation, relation, relationLabel: label, choice };
  });
}

/**
 * The one period a chart draws, so its bars compare like with like: the period most rows' headlines
 * share, the newer one on a tie. Undefined when no row has a headline.
 */
export function chartPeriod<F extends RowFigure>(
  rows: readonly { choice: HeadlineChoice<F> | undefined }[],
): string | undefined {
  const counts = new Map<string, { count: number; order: number }>();
  for (const { choice } of rows) {
    if (choice === undefined) continue;
    const period = periodName(choice.headline.asOf);
    const seen = counts.get(period);
    counts.set(period, {
      count: (seen?.count ?? 0) + 1,
      order: periodOrder(period) ?? Number.NEGATIVE_INFINITY,
    });
  }
  const [best] = [...counts.entries()].sort(
    ([, a], [, b]) => b.count - a.count || b.order - a.order,
  );
  return best?.[0];
}

/** Whether a row's headline is drawn in a chart of the given period. */
export function isCharted<F extends RowFigure>(
  row: { choice: HeadlineChoice<F> | undefined },
  period: string | undefined,
): boolean {
  return row.choice !== undefined && periodName(row.choice.headline.asOf) === period;
}

/** Bar colours: the coder's and biller's own, and a neutral one for every other occupation. */
export const RELATION_TONES: Readonly<Record<OutlookRelation, BarTone>> = {
  coder: 'coder',
  biller: 'biller',
  'step-up': 'neutral',
  neighbor: 'neutral',
};

/** The chart's bars: the rows whose headline is of the chart's period (the table lists the rest). */
export function outlookBars<F extends RowFigure, O extends RowOccupation<F>>(
  rows: readonly OutlookRow<O, F>[],
  period: string | undefined,
  describe: {
    formatValue: (figure: F) => string;
    isSecondary: (sourceId: string) => boolean;
    /** What follows the label of a bar from a secondary source, e.g. " · secondary source". */
    secondaryDetail: string;
  },
): BarDatum[] {
  return rows.flatMap((row) => {
    if (row.choice === undefined || !isCharted(row, period)) return [];
    const { headline } = row.choice;
    const standing = describe.isSecondary(headline.source) ? describe.secondaryDetail : '';
    return [
      {
        id: row.occupation.code,
        tone: RELATION_TONES[row.relation],
        label: row.occupation.title,
        detail: `${row.relationLabel}${standing}`,
        value: headline.value,
        valueLabel: describe.formatValue(headline),
      },
    ];
  });
}

export interface OutlookHighlight<O, F> {
  occupation: O;
  relation: OutlookRelation;
  growth: HeadlineChoice<F> | undefined;
  openings: HeadlineChoice<F> | undefined;
}

/** The figures the page's short summary quotes, grouped by relation, in the rows' order. */
export function outlookHighlights<F extends RowFigure, O extends RowOccupation<F>>(
  growthRows: readonly OutlookRow<O, F>[],
  openingsRows: readonly OutlookRow<O, F>[],
): Record<OutlookRelation, OutlookHighlight<O, F>[]> {
  const highlights = growthRows.map(({ occupation, relation, choice }) => ({
    occupation,
    relation,
    growth: choice,
    openings: openingsRows.find((row) => row.occupation.code === occupation.code)?.choice,
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

/** State figures of one measure, unit, period and source, with the national figure that matches. */
export interface StateSet<F> {
  measure: string;
  asOf: string;
  /** The source every state figure of the set comes from. */
  source: string;
  states: { state: string; figure: F }[];
  /** The national figure of the same measure, unit and period (the same source when there is one). */
  national: F | undefined;
}

const stateName = (code: string) => (isUsStateCode(code) ? US_STATES[code] : code);

/**
 * Every set of state figures of the given pay measures, newest period first, then the better
 * source: each set holds one measure, period and source, so its states compare with each other
 * and with the national figure beside them.
 */
export function stateSets<F extends RowFigure>(
  figures: readonly F[],
  measures: readonly string[],
  unit: string,
  rankOfSource: RankOfSource,
): StateSet<F>[] {
  const sets = new Map<string, F[]>();
  for (const figure of figures) {
    if (figure.place === undefined || figure.unit !== unit) continue;
    if (!measures.includes(figure.measure)) continue;
    const key = [figure.measure, figure.asOf, figure.source].join('|');
    sets.set(key, [...(sets.get(key) ?? []), figure]);
  }
  return [...sets.values()]
    .flatMap((members) => {
      const [first] = members;
      if (first === undefined) return [];
      const national = figures
        .filter(
          (figure) =>
            figure.place === undefined &&
            figure.measure === first.measure &&
            figure.unit === unit &&
            periodName(figure.asOf) === periodName(first.asOf),
        )
        .sort(
          (a, b) =>
            Number(b.source === first.source) - Number(a.source === first.source) ||
            rankOfSource(a.source) - rankOfSource(b.source),
        )[0];
      const states = members
        .map((figure) => ({ state: stateName(figure.place ?? ''), figure }))
        .sort((a, b) => compareNames(a.state, b.state));
      return [{ measure: first.measure, asOf: first.asOf, source: first.source, states, national }];
    })
    .sort(
      (a, b) =>
        (periodOrder(b.asOf) ?? 0) - (periodOrder(a.asOf) ?? 0) ||
        measures.indexOf(a.measure) - measures.indexOf(b.measure) ||
        rankOfSource(a.source) - rankOfSource(b.source),
    );
}
