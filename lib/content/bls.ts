// The BLS releases of content/bls/ (written by npm run data:bls): their figures join each
// occupation's own, and the cells BLS did not publish are kept so that pages can say so.
import {
  allBlsReleases,
  type NotPublishedFigure,
  type OccupationFigure,
} from 'contentlayer/generated';
import { compareNames } from '../text';

/** The part of a release these functions read. */
export interface ReleaseFigures<F, N> {
  id: string;
  occupations: readonly { code: string; figures: readonly F[]; notPublished: readonly N[] }[];
}

/**
 * The occupation with the figures of the releases joined to its own, newest release first (ids end
 * in the period: "oews-2025" sorts after "oews-2024"). Release figures go first: they are read from
 * the newest BLS files, and pages read figures newest first. A new object; the content is not changed.
 */
export function withReleaseFigures<F, O extends { code: string; figures: F[] }>(
  occupation: O,
  releases: readonly ReleaseFigures<F, unknown>[],
): O {
  const figures = [...releases]
    .sort((a, b) => compareNames(b.id, a.id))
    .flatMap((release) => release.occupations)
    .filter((entry) => entry.code === occupation.code)
    .flatMap((entry) => entry.figures);
  return figures.length === 0
    ? occupation
    : { ...occupation, figures: [...figures, ...occupation.figures] };
}

/** The occupation's figures as the content has them, with the BLS releases' joined. */
export function joinReleaseFigures<O extends { code: string; figures: OccupationFigure[] }>(
  occupation: O,
): O {
  return withReleaseFigures(occupation, allBlsReleases);
}

/** The figures BLS did not publish for an occupation (`*`, `**`), for "BLS did not publish ...". */
export function getNotPublishedFigures(code: string): NotPublishedFigure[] {
  return allBlsReleases
    .flatMap((release) => release.occupations)
    .filter((entry) => entry.code === code)
    .flatMap((entry) => entry.notPublished);
}
