// The place-pay files, one per state: the state's pay beside the national pay, by occupation, chosen
// and cited at build time (lib/finder/server/place-pay.ts). The finder loads a state's file only
// once that state is chosen, so covering every state costs the search nothing and a phone fetches
// one state, not all of them.
import type { MeasuredFigureView } from '@/lib/citations';

export const PLACE_PAY_VERSION = 1;

/** One state's pay for one occupation, ready to show (see StatePay in ./place-pay). */
export interface StatePayView {
  /** The state's newest pay figures, each with the national figure of the same measure and period. */
  pairs: { state: MeasuredFigureView; national?: MeasuredFigureView }[];
  /** The national headline when it is newer than the state's figures: a separate, labelled line. */
  newerNational?: MeasuredFigureView;
}

export interface PlacePayData {
  version: typeof PLACE_PAY_VERSION;
  /** By occupation code, then by state code (the file's own state only); absent without figures. */
  occupations: Record<string, Record<string, StatePayView>>;
}

/** A light check of the fetched file: the right version and an object of occupations. */
export function isPlacePayData(value: unknown): value is PlacePayData {
  if (typeof value !== 'object' || value === null || !('version' in value)) return false;
  const occupations = 'occupations' in value ? value.occupations : undefined;
  return (
    value.version === PLACE_PAY_VERSION && typeof occupations === 'object' && occupations !== null
  );
}
