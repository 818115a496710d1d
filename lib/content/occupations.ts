import { allOccupations, type Occupation } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { compareNames } from '../text';
import { joinReleaseFigures } from './bls';
import { localize } from './localize';
import { requireOne } from './require-one';

const occupations = new Map<Locale, Occupation[]>();

/**
 * Every occupation, its figures joined with those of the BLS releases (content/bls/). The Spanish
 * text is laid over each file first, as it follows the file's own list of figures.
 */
export function getOccupations(locale: Locale = 'en'): Occupation[] {
  let list = occupations.get(locale);
  if (list === undefined) {
    list = [...allOccupations]
      .sort((a, b) => compareNames(a.code, b.code))
      .map((occupation) => joinReleaseFigures(localize(occupation, locale)));
    occupations.set(locale, list);
  }
  return [...list];
}

export function getOccupation(code: string, locale: Locale = 'en'): Occupation {
  return requireOne(
    getOccupations(locale),
    (occupation) => occupation.code === code,
    `occupation "${code}"`,
  );
}
