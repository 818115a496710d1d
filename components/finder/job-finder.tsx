'use client';

import { useEffect, useState } from 'react';
import { createFinder, type Finder, isFinderIndexData } from '@/lib/finder';
import type { FinderLabels } from '@/lib/finder/labels';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/routes';
import { useLocationSearch } from '@/components/ui/use-location';
import { FinderBox } from './finder-box';

/**
 * The finder island: loads the prebuilt index of the page's language, then hands over to the search
 * box. Rendered only in the browser: without JavaScript the page shows the browsable catalog instead.
 */
export function JobFinder({ labels, locale }: { labels: FinderLabels; locale: Locale }) {
  const initialSearch = useLocationSearch();
  const [finder, setFinder] = useState<Finder | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch(routes.finderIndex(locale))
      .then((response) => response.json())
      .then((data: unknown) => {
        if (!isFinderIndexData(data)) throw new Error('Unexpected finder index');
        if (!cancelled) setFinder(createFinder(data));
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [locale]);

  if (initialSearch === null) return null;
  if (failed) {
    return (
      <p role="alert" className="rounded-md border border-red-300 p-3 dark:border-red-800">
        {labels.page.loadFailed}
      </p>
    );
  }
  return (
    <FinderBox finder={finder} initialSearch={initialSearch} labels={labels} locale={locale} />
  );
}
