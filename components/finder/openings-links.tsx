'use client';

// The inner modules, not @/lib/finder: the folder's index would bring the whole search (fuse.js)
// into every job page's script, which only needs the place and the job-board links.
import { readFinderParams } from '@/lib/finder/finder-params';
import { jobBoardLinks } from '@/lib/finder/job-boards';
import { parsePlace, placeLabel } from '@/lib/finder/place';
import { useLocationSearch } from '@/components/ui/use-location';
import { JobBoardList } from './job-board-list';

/**
 * "Search openings" links for a title. The static page links nationwide searches; opened from the
 * finder with ?where=OH, the links carry that place.
 */
export function OpeningsLinks({ title }: { title: string }) {
  // Before hydration (and on the server) there is no address: nationwide.
  const place = parsePlace(readFinderParams(useLocationSearch() ?? '').where);
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
