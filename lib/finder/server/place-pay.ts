// The place-pay files' data (app/jobs/place-pay/[file]): for one state, every occupation's state
// pay beside the national pay of the same measure and period. Every place the Where box knows (the
// states, DC and Puerto Rico) has a file, empty where the content has no figure, so the panel can
// tell "no figure" from a failed fetch.
import { rankOfSource, viewMeasuredFigure } from '@/lib/citations';
import { getOccupations, type Occupation } from '@/lib/content';
import { PLACE_PAY_VERSION, type PlacePayData, type StatePayView } from '../place-pay-data';
import { US_STATES, type UsStateCode } from '../../us-states';
import { statePay } from '../place-pay';

function statePayView(occupation: Occupation, state: string): StatePayView | undefined {
  const pay = statePay(occupation.figures, state, rankOfSource);
  if (pay === undefined) return undefined;
  const view = (figure: Occupation['figures'][number]) =>
    viewMeasuredFigure(occupation.code, figure, occupation.figures);
  return {
    pairs: pay.pairs.map(({ state: stateFigure, national }) => ({
      state: view(stateFigure),
      ...(national ? { national: view(national) } : {}),
    })),
    ...(pay.newerNational ? { newerNational: view(pay.newerNational) } : {}),
  };
}

/** The file name of every place's place-pay file: "oh.json". */
export function placePayFiles(): string[] {
  return Object.keys(US_STATES).map((code) => `${code.toLowerCase()}.json`);
}

/** The state a place-pay file name stands for, or undefined for any other name. */
export function placePayState(file: string): UsStateCode | undefined {
  const code = /^([a-z]{2})\.json$/.exec(file)?.[1]?.toUpperCase();
  return Object.keys(US_STATES).find((state): state is UsStateCode => state === code);
}

export function getPlacePayData(state: UsStateCode): PlacePayData {
  const occupations = getOccupations().flatMap((occupation) => {
    const view = statePayView(occupation, state);
    return view ? [[occupation.code, { [state]: view }] as const] : [];
  });
  return { version: PLACE_PAY_VERSION, occupations: Object.fromEntries(occupations) };
}
