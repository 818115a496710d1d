// The place-pay file's data (app/jobs/place-pay.json): for every occupation and every state the
// content's figures cover, the state's pay beside the national pay of the same measure and period.
import { rankOfSource, viewMeasuredFigure } from '@/lib/citations';
import { getOccupations, type Occupation } from '@/lib/content';
import { PLACE_PAY_VERSION, type PlacePayData, type StatePayView } from '../place-pay-data';
import { statePay, statesWithPay } from '../place-pay';

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

export function getPlacePayData(): PlacePayData {
  const occupations = getOccupations().map((occupation) => {
    const states = statesWithPay(occupation.figures).flatMap((state): [string, StatePayView][] => {
      const view = statePayView(occupation, state);
      return view ? [[state, view]] : [];
    });
    return [occupation.code, Object.fromEntries(states)] as const;
  });
  return { version: PLACE_PAY_VERSION, occupations: Object.fromEntries(occupations) };
}
