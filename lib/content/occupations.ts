import { allOccupations, type Occupation } from 'contentlayer/generated';
import { compareNames } from '../text';
import { requireOne } from './require-one';

export function getOccupations(): Occupation[] {
  return [...allOccupations].sort((a, b) => compareNames(a.code, b.code));
}

export function getOccupation(code: string): Occupation {
  return requireOne(
    allOccupations,
    (occupation) => occupation.code === code,
    `occupation "${code}"`,
  );
}
