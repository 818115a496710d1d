import { allOccupations, type Occupation } from 'contentlayer/generated';
import { compareNames } from '../text';
import { releaseFigures } from './bls';
import { requireOne } from './require-one';

/**
 * The occupation with the figures of the BLS releases (content/bls/) joined to its own. They go
 * first: a release is read from the newest BLS files, and pages read figures newest first.
 */
function withReleaseFigures(occupation: Occupation): Occupation {
  const figures = releaseFigures(occupation.code);
  return figures.length === 0
    ? occupation
    : { ...occupation, figures: [...figures, ...occupation.figures] };
}

let occupations: Occupation[] | undefined;

export function getOccupations(): Occupation[] {
  occupations ??= [...allOccupations]
    .sort((a, b) => compareNames(a.code, b.code))
    .map(withReleaseFigures);
  return [...occupations];
}

export function getOccupation(code: string): Occupation {
  return requireOne(
    getOccupations(),
    (occupation) => occupation.code === code,
    `occupation "${code}"`,
  );
}
