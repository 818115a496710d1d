'use client';

import { useEffect, useState } from 'react';
import { isPlacePayData, type PlacePayData } from '@/lib/finder';
import { routes } from '@/lib/routes';

export type PlacePayLoad =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; data: PlacePayData };

// One fetch per state and page view, shared by every panel that asks; a failed fetch may be tried again.
const requests = new Map<string, Promise<PlacePayData>>();

function loadPlacePay(state: string): Promise<PlacePayData> {
  const known = requests.get(state);
  if (known) return known;
  const request = fetch(routes.placePay(state))
    .then((response) => response.json())
    .then((data: unknown) => {
      if (!isPlacePayData(data)) throw new Error('Unexpected place-pay file');
      return data;
    })
    .catch((error: unknown) => {
      requests.delete(state);
      throw error;
    });
  requests.set(state, request);
  return request;
}

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
