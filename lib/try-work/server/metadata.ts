import { routes } from '../../routes';
import { TRY_SETS, type TrySetId } from '../../content/vocabulary';

function isTrySet(value: string): value is TrySetId {
  return TRY_SETS.some((set) => set === value);
}

/** The set a route parameter names; generateStaticParams only makes these, so a miss is a bug. */
export function trySetOf(param: string): TrySetId {
  if (!isTrySet(param)) throw new Error(`No try-the-work set "${param}"`);
  return param;
}

const DESCRIPTIONS: Record<TrySetId, { title: string; description: string }> = {
  coding: {
    title: 'Try medical coding: pick the ICD-10-CM code for real-looking notes',
    description:
      'Short, made-up office visit notes. Pick the diagnosis code from four, then read why, with the coding rule behind it.',
  },
  billing: {
    title: 'Try medical billing: pick the next step for a denied claim',
    description:
      'Short, made-up claims and the health plan’s answer. Pick the next step, then read why, with the billing rule behind it.',
  },
};

export function trySetMetadata(set: TrySetId) {
  return { ...DESCRIPTIONS[set], path: routes.trySet(set) };
}
