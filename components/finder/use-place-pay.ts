'use client';

import { useEffect, useState } from 'react';
import { isPlacePayData, PLACE_PAY_PATH, type PlacePayData } from '@/lib/finder';

export type PlacePayLoad =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; data: PlacePayData };

// One fetch per page view, shared by every panel that asks; a failed fetch may be tried again.
let request: Promise<PlacePayData> | undefined;

function loadPlacePay(): Promise<PlacePayData> {
  request ??= fetch(PLACE_PAY_PATH)
    .then((response) => response.json())
    .then((data: unknown) => {
      if (!isPlacePayData(data)) throw new Error('Unexpected place-pay file');
      return data;
    })
    .catch((error: unknown) => {
      request = undefined;
      throw error;
    });
  return request;
}

/** The place-pay file, fetched the first time a state is chosen (`wanted`). */
export function usePlacePay(wanted: boolean): PlacePayLoad {
  const [load, setLoad] = useState<PlacePayLoad>({ status: 'loading' });
  const needed = wanted && load.status === 'loading';
  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    loadPlacePay()
      .then((data) => {
        if (!cancelled) setLoad({ status: 'ready', data });
      })
      .catch(() => {
        if (!cancelled) setLoad({ status: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, [needed]);
  return load;
}
