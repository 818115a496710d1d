import { allOccupations, type Occupation } from 'contentlayer/generated';
import { compareNames } from '../text';
import { joinReleaseFigures } from './bls';
import { requireOne } from './require-one';

let occupations: Occupation[] | undefined;

/** Every occupation, its figures joined with those of the BLS releases (content/bls/). */
export function getOccupations(): Occupation[] {
  occupations ??= [...allOccupations]
    .sort((a, b) => compareNames(a.code, b.code))
    .map(joinReleaseFigures);
  return [...occupations];
}

export function getOccupation(code: string): Occupation {
  return requireOne(
    getOccupations(),
    (occupation) => occupation.code === code,
    `occupation "${code}"`,
  );
}
