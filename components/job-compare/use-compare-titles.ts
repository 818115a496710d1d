'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { isCompareTitle, type LoadedTitle } from '@/lib/job-compare';
import { routes } from '@/lib/routes';
import { jsonFileLoader } from '@/components/ui/json-file-loader';

// One fetch per title, language and page view, checked to be the title asked for.
const loaders = {
  en: jsonFileLoader((slug) => routes.jobCompareData(slug, 'en'), isCompareTitle),
  es: jsonFileLoader((slug) => routes.jobCompareData(slug, 'es'), isCompareTitle),
} satisfies Record<Locale, unknown>;

/**
 * The compare files of `slugs` in the page's language loaded so far, by slug; each is fetched the
 * first time it is asked for.
 */
export function useCompareTitles(
  slugs: readonly string[],
  locale: Locale,
): ReadonlyMap<string, LoadedTitle> {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, LoadedTitle>>(new Map());
  const key = slugs.join(' ');
  useEffect(() => {
    let current = true;
    const loadTitle = loaders[locale];
    for (const slug of key.split(' ').filter(Boolean)) {
      const settle = (result: LoadedTitle) => {
        if (current) setLoaded((before) => new Map(before).set(slug, result));
      };
      loadTitle(slug).then(settle, () => settle('failed'));
    }
    return () => {
      current = false;
    };
  }, [key, locale]);
  return loaded;
}
