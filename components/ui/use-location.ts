'use client';

import { useSyncExternalStore } from 'react';

// Islands read their state from the address once the page is hydrated. Until then (and on the
// server, where a static page has no address) they get null, so the first client render matches the
// HTML. Both parts are re-read when the fragment changes, e.g. after the user edits the address.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const beforeHydration = () => null;
const readPath = () => window.location.pathname;
const readSearch = () => window.location.search;
const readFragment = () => window.location.hash;
const readOrigin = () => window.location.origin;

/** The path ("/jobs/medical-codr/"), or null before hydration. */
export function useLocationPath(): string | null {
  return useSyncExternalStore(subscribe, readPath, beforeHydration);
}

/** The query string ("?q=cpc"), or null before hydration. */
export function useLocationSearch(): string | null {
  return useSyncExternalStore(subscribe, readSearch, beforeHydration);
}

/** The fragment ("#r=1-abc"), or null before hydration. Browsers never send it to a server. */
export function useLocationFragment(): string | null {
  return useSyncExternalStore(subscribe, readFragment, beforeHydration);
}

/** The origin the page is served from ("https://example.org"), or null before hydration. */
export function useLocationOrigin(): string | null {
  return useSyncExternalStore(subscribe, readOrigin, beforeHydration);
}
