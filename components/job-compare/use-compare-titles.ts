'use client';

import { useEffect, useState } from 'react';
import { isCompareTitle, type LoadedTitle } from '@/lib/job-compare';
import { routes } from '@/lib/routes';
import { jsonFileLoader } from '@/components/ui/json-file-loader';

// One fetch per title and page view, checked to be the title asked for.
const loadTitle = jsonFileLoader(routes.jobCompareData, isCompareTitle);

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
