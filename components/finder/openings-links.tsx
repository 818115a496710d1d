'use client';

import { useSyncExternalStore } from 'react';
import { readFinderParams } from '@/lib/finder/finder-state';
import { jobBoardLinks } from '@/lib/finder/job-boards';
import { parsePlace, placeLabel } from '@/lib/finder/place';
import { JobBoardList } from './job-board-list';

// The address only matters when the page loads: nothing to subscribe to.
const subscribe = () => () => {};
const readWhere = () => readFinderParams(window.location.search).where;
const nationwideBeforeHydration = () => '';

/**
 * "Search openings" links for a title. The static page links nationwide searches; opened from the
 * finder with ?where=OH, the links carry that place.
 */
export function OpeningsLinks({ title }: { title: string }) {
  const place = parsePlace(useSyncExternalStore(subscribe, readWhere, nationwideBeforeHydration));
  return (
    <>
      <p>
        Real job searches for <strong>{title}</strong> ({placeLabel(place)}) on major job boards.
        The links open the boards&apos; own sites; this site fetches nothing from them.
      </p>
      <JobBoardList links={jobBoardLinks(title, place)} />
    </>
  );
}
