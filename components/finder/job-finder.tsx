'use client';

import { useEffect, useState } from 'react';
import { createFinder, type Finder, FINDER_INDEX_PATH, isFinderIndexData } from '@/lib/finder';
import { useLocationSearch } from '@/components/ui/use-location';
import { FinderBox } from './finder-box';

/**
 * The finder island: loads the prebuilt index, then hands over to the search box. Rendered only in
 * the browser: without JavaScript the page shows the browsable catalog instead.
 */
export function JobFinder() {
  const initialSearch = useLocationSearch();
  const [finder, setFinder] = useState<Finder | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch(FINDER_INDEX_PATH)
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
  }, []);

  if (initialSearch === null) return null;
  if (failed) {
    return (
      <p role="alert" className="rounded-md border border-red-300 p-3 dark:border-red-800">
        The search could not load. Browse the job titles by family below.
      </p>
    );
  }
  return <FinderBox finder={finder} initialSearch={initialSearch} />;
}
