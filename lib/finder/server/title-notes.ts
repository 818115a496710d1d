// What the finder's results say of each curated title beyond its name: the content's one-line
// summary, and whether its description says the work is often remote (the optional oftenRemote).
import { getJobTitles } from '@/lib/content';
import type { TitleNotes } from '../finder-filters';

export function getTitleNotes(): TitleNotes {
  return Object.fromEntries(
    getJobTitles().map((title) => [
      title.slug,
      { summary: title.summary, oftenRemote: title.oftenRemote === true },
    ]),
  );
}
