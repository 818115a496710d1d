// Pay for a place: a state's own figures only where the content has a sourced figure for that state;
// otherwise the national figures, with a plain statement that state figures are not included yet.
import type { FigureUnit, OccupationMeasure } from '@/lib/content/vocabulary';
import { isPayFigure, PAY_MEASURES } from '../figures';
import type { Place } from './place';

/** The fields of an occupation figure this module reads. */
export interface PayFigureLike {
  measure: OccupationMeasure;
  unit: FigureUnit;
  asOf: string;
  place?: string | undefined;
}

export type PlacePay<F extends PayFigureLike> =
  | {
      kind: 'state';
      stateName: string;
      /** The state's pay figures. */
      figures: F[];
      /** National figures of the same measure and date, for comparison. */
      national: F[];
    }
  | {
      kind: 'national';
      figures: F[];
      /** Set when a state was asked for but the content has no pay figure for it. */
      missingStateName?: string;
    };

/**
 * The newest national pay figure for each unit (a year, an hour), median first: figures are listed
 * newest first within each measure in the content.
 */
export function nationalPay<F extends PayFigureLike>(figures: readonly F[]): F[] {
  const national = figures.filter((figure) => isPayFigure(figure) && figure.place === undefined);
  for (const measure of PAY_MEASURES) {
    const chosen: F[] = [];
    for (const figure of national) {
      if (figure.measure === measure && !chosen.some((item) => item.unit === figure.unit)) {
        chosen.push(figure);
      }
    }
    if (chosen.length > 0) return chosen;
  }
  return [];
}

export function placePay<F extends PayFigureLike>(
  figures: readonly F[],
  place: Place,
): PlacePay<F> {
  if (place.kind !== 'state') return { kind: 'national', figures: nationalPay(figures) };
  const stateFigures = figures.filter(
    (figure) => isPayFigure(figure) && figure.place === place.code,
  );
  if (stateFigures.length === 0) {
    return { kind: 'national', figures: nationalPay(figures), missingStateName: place.name };
  }
  const national = figures.filter(
    (figure) =>
      figure.place === undefined &&
      stateFigures.some(
        (state) =>
          state.measure === figure.measure &&
          state.unit === figure.unit &&
          state.asOf === figure.asOf,
      ),
  );
  return { kind: 'state', stateName: place.name, figures: stateFigures, national };
}
