// The place-pay files' data (app/jobs/place-pay/[file]): for one state, every occupation's state
// pay beside the national pay of the same measure and period. Every place the Where box knows (the
// states, DC and Puerto Rico) has a file, empty where the content has no figure, so the panel can
// tell "no figure" from a failed fetch.
import { rankOfSource, viewMeasuredFigure } from '@/lib/citations';
import { getOccupations, type Occupation } from '@/lib/content';
import { LOCALES, type Locale } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { PLACE_PAY_VERSION, type PlacePayData, type StatePayView } from '../place-pay-data';
import { US_STATES, type UsStateCode } from '../../us-states';
import { statePay } from '../place-pay';

function statePayView(
  occupation: Occupation,
  state: string,
  locale: Locale,
): StatePayView | undefined {
  const pay = statePay(occupation.figures, state, rankOfSource);
  if (pay === undefined) return undefined;
  const view = (figure: Occupation['figures'][number]) =>
    viewMeasuredFigure(occupation.code, figure, occupation.figures, locale);
  return {
    pairs: pay.pairs.map(({ state: stateFigure, national }) => ({
      state: view(stateFigure),
      ...(national ? { national: view(national) } : {}),
    })),
    ...(pay.newerNational ? { newerNational: view(pay.newerNational) } : {}),
  };
}

const fileName = (state: string, locale: Locale) =>
  routes.placePay(state, locale).split('/').pop() ?? '';

/** The file name of every place's place-pay file in a language: "oh.json", "oh.es.json". */
export function placePayFiles(locale: Locale): string[] {
  return Object.keys(US_STATES).map((code) => fileName(code, locale));
}

/** The state and language a place-pay file name stands for, or undefined for any other name. */
export function placePayFile(file: string): { state: UsStateCode; locale: Locale } | undefined {
  for (const locale of LOCALES) {
    const state = Object.keys(US_STATES).find(
      (code): code is UsStateCode => fileName(code, locale) === file,
    );
    if (state) return { state, locale };
  }
  return undefined;
}

/** A state's place-pay file: its figures in the language's words, with their citations. */
export function getPlacePayData(state: UsStateCode, locale: Locale): PlacePayData {
  const occupations = getOccupations(locale).flatMap((occupation) => {
    const view = statePayView(occupation, state, locale);
    return view ? [[occupation.code, { [state]: view }] as const] : [];
  });
  return { version: PLACE_PAY_VERSION, occupations: Object.fromEntries(occupations) };
}
