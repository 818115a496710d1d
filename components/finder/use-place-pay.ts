'use client';

import { useEffect, useState } from 'react';
import { isPlacePayData, type PlacePayData } from '@/lib/finder';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/routes';
import { jsonFileLoader } from '@/components/ui/json-file-loader';

export type PlacePayLoad =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; data: PlacePayData };

// One fetch per state and page view, shared by every panel that asks; a page has one language.
const loaders: Record<Locale, (state: string) => Promise<PlacePayData>> = {
  en: jsonFileLoader((state) => routes.placePay(state, 'en'), isPlacePayData),
  es: jsonFileLoader((state) => routes.placePay(state, 'es'), isPlacePayData),
};

/** The chosen state's place-pay file, fetched the first time that state is chosen. */
export function usePlacePay(state: string | undefined, locale: Locale): PlacePayLoad {
  const [load, setLoad] = useState<{ state: string; load: PlacePayLoad } | undefined>();
  useEffect(() => {
    if (state === undefined) return;
    let cancelled = false;
    loaders[locale](state)
      .then((data) => {
        if (!cancelled) setLoad({ state, load: { status: 'ready', data } });
      })
      .catch(() => {
        if (!cancelled) setLoad({ state, load: { status: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [state, locale]);
  if (state === undefined) return { status: 'idle' };
  return load?.state === state ? load.load : { status: 'loading' };
}
