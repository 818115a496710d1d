'use client';

// The inner modules, not @/lib/finder: the folder's index would bring the whole search (fuse.js)
// into every job page's script, which only needs the place and the job-board links.
import { readFinderParams } from '@/lib/finder/finder-params';
import { jobBoardLinks } from '@/lib/finder/job-boards';
import type { FinderLabels } from '@/lib/finder/labels';
import { parsePlace, placeLabel } from '@/lib/finder/place';
import { useLocationSearch } from '@/components/ui/use-location';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage } from '@/lib/i18n/format-message';
import { JobBoardList } from './job-board-list';

/**
 * "Search openings" links for a title, by its English name (the boards' language) on a page in any
 * language. The static page links nationwide searches; opened from the finder with ?where=OH, the
 * links carry that place.
 */
export function OpeningsLinks({
  englishTitle,
  labels,
}: {
  englishTitle: string;
  labels: Pick<FinderLabels, 'openings' | 'places' | 'boards'>;
}) {
  // Before hydration (and on the server) there is no address: nationwide.
  const place = parsePlace(readFinderParams(useLocationSearch() ?? '').where);
  const intro = formatMessage(labels.openings.intro, {
    title: englishTitle,
    place: placeLabel(place, labels.places),
  });
  return (
    <>
      <p>
        <RichText text={intro} tags={{ strong: (words) => <strong>{words}</strong> }} />
      </p>
      <JobBoardList
        links={jobBoardLinks(englishTitle, place, labels.boards)}
        onBoard={labels.boards.on}
      />
    </>
  );
}
