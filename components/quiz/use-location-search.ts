'use client';

import { useSyncExternalStore } from 'react';

// The query string only matters when the page loads; the islands write to it but never need to
// re-read it, so there is nothing to subscribe to.
const subscribe = () => () => {};
const readSearch = () => window.location.search;
const beforeHydration = () => null;

/**
 * The page's query string, or null while the server-rendered HTML is being hydrated (the static
 * page has no query string), so the first client render matches the HTML.
 */
export function useLocationSearch(): string | null {
  return useSyncExternalStore(subscribe, readSearch, beforeHydration);
}
