'use client';

import { useEffect, useState } from 'react';
import { isPlacePayData, type PlacePayData } from '@/lib/finder';
import { routes } from '@/lib/routes';
import { jsonFileLoader } from '@/components/ui/json-file-loader';

export type PlacePayLoad =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; data: PlacePayData };

// One fetch per state and page view, shared by every panel that asks.
const loadPlacePay = jsonFileLoader(routes.placePay, isPlacePayData);

/** The chosen state's place-pay file, fetched the first time that state is chosen. */
export function usePlacePay(state: string | undefined): PlacePayLoad {
  const [load, setLoad] = useState<{ state: string; load: PlacePayLoad } | undefined>();
  useEffect(() => {
    if (state === undefined) return;
    let cancelled = false;
    loadPlacePay(state)
      .then((data) => {
        if (!cancelled) setLoad({ state, load: { status: 'ready', data } });
      })
      .catch(() => {
        if (!cancelled) setLoad({ state, load: { status: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [state]);
  if (state === undefined) return { status: 'idle' };
  return load?.state === state ? load.load : { status: 'loading' };
}
