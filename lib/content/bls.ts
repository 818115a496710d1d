// The BLS releases of content/bls/ (written by npm run data:bls): their figures join each
// occupation's own, and the cells BLS did not publish are kept so that pages can say so.
import { compareNames } from '../text';
import {
  allBlsReleases,
  type NotPublishedFigure,
  type OccupationFigure,
} from 'contentlayer/generated';

/** Newest first: ids end in the period ("oews-2025"), so a later release sorts after an earlier one. */
const releases = [...allBlsReleases].sort((a, b) => compareNames(b.id, a.id));

function releaseEntries(code: string) {
  return releases.flatMap((release) =>
    release.occupations.filter((occupation) => occupation.code === code),
  );
}

/** The release figures of an occupation, newest release first. */
export function releaseFigures(code: string): OccupationFigure[] {
  return releaseEntries(code).flatMap((entry) => entry.figures);
}

/** The figures BLS did not publish for an occupation (`*`, `**`), for "BLS did not publish ...". */
export function getNotPublishedFigures(code: string): NotPublishedFigure[] {
  return releaseEntries(code).flatMap((entry) => entry.notPublished);
}
