'use client';

import { useEffect, useState } from 'react';
import { isCompareTitle, type CompareTitle, type LoadedTitle } from '@/lib/job-compare';
import { routes } from '@/lib/routes';

// One fetch per title and page view; a failed fetch may be tried again on the next choice.
const requests = new Map<string, Promise<CompareTitle>>();

function loadTitle(slug: string): Promise<CompareTitle> {
  const known = requests.get(slug);
  if (known) return known;
  const request = fetch(routes.jobCompareData(slug))
    .then((response) => response.json())
    .then((data: unknown) => {
      if (!isCompareTitle(data, slug)) throw new Error(`Unexpected compare file for ${slug}`);
      return data;
    })
    .catch((error: unknown) => {
      requests.delete(slug);
      throw error;
    });
  requests.set(slug, request);
  return request;
}

/** The compare files of `slugs` loaded so far, by slug; each is fetched the first time it is asked for. */
export function useCompareTitles(slugs: readonly string[]): ReadonlyMap<string, LoadedTitle> {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, LoadedTitle>>(new Map());
  const key = slugs.join(' ');
  useEffect(() => {
    let current = true;
    for (const slug of key.split(' ').filter(Boolean)) {
      const settle = (result: LoadedTitle) => {
        if (current) setLoaded((before) => new Map(before).set(slug, result));
      };
      loadTitle(slug).then(settle, () => settle('failed'));
    }
    return () => {
      current = false;
    };
  }, [key]);
  return loaded;
}
