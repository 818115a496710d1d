// Joins the curated job titles with the O*NET titles into the finder's search entries. Pure: the
// content comes in as arguments (lib/finder/server reads it), so the join is tested on fixtures.
import type { OnetTitles } from '@/lib/content';
import { compareNames } from '../text';
import { exactKey } from './normalize';
import type {
  CertificationName,
  CuratedTitle,
  FinderCatalog,
  FinderEntry,
  FinderOccupation,
} from './types';

/** "29-2072.00" -> "29-2072": content names occupations by their SOC code. */
export function socCode(onetCode: string): string {
  return onetCode.replace(/\.00$/, '');
}

/** "Health Information Technician (Health Information Tech)" -> "Health Information Technician". */
export function withoutParenthetical(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

function pushUnique(list: string[], value: string): void {
  const key = exactKey(value);
  if (key !== '' && !list.some((known) => exactKey(known) === key)) list.push(value);
}

/** A short title that is only letters in capitals ("RHIT", "CDIS") is an abbreviation. */
function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&/-]{1,7}$/.test(text);
}

/**
 * Curated titles first (alphabetical), each with its aliases, abbreviations and the O*NET titles that
 * name the same job; then the O*NET titles that match no curated title, once per distinct title.
 */
export function buildCatalog(
  curated: readonly CuratedTitle[],
  certifications: readonly CertificationName[],
  onet: OnetTitles,
  /** Occupations from the content; O*NET occupations missing from it are added by name. */
  occupations: readonly FinderOccupation[] = [],
): FinderCatalog {
  const acronyms = new Map(certifications.map((cert) => [cert.slug, cert.acronym]));
  const sorted = [...curated].sort((a, b) => compareNames(a.name, b.name));

  const entries: FinderEntry[] = sorted.map((title) => {
    const alternates: string[] = [];
    for (const alias of title.aliases ?? []) pushUnique(alternates, alias);
    return {
      id: title.slug,
      title: title.name,
      slug: title.slug,
      family: title.family,
      level: title.level,
      prevalence: title.prevalence,
      certifications: title.certifications.map((slug) => acronyms.get(slug) ?? slug.toUpperCase()),
      occupations: [title.occupation],
      ...(title.payFits === false ? { payMisleads: true } : {}),
      alternates: alternates.filter((alias) => exactKey(alias) !== exactKey(title.name)),
      abbreviations: [...(title.abbreviations ?? [])],
      ...(title.summary === undefined ? {} : { summary: title.summary }),
      ...(title.oftenRemote ? { oftenRemote: true } : {}),
      ...(title.hiresBeginners ? { hiresBeginners: true } : {}),
    };
  });

  // A curated title's name wins over an alias of another title when both name the O*NET title.
  const byName = new Map<string, FinderEntry>();
  const byAlias = new Map<string, FinderEntry>();
  for (const entry of entries) {
    byName.set(exactKey(entry.title), entry);
    byName.set(exactKey(withoutParenthetical(entry.title)), entry);
  }
  for (const entry of entries) {
    for (const alias of entry.alternates) {
      const key = exactKey(alias);
      if (!byAlias.has(key)) byAlias.set(key, entry);
    }
  }
  const curatedFor = (title: string, shortTitle?: string): FinderEntry | undefined => {
    const keys = [title, withoutParenthetical(title), shortTitle ?? ''].map(exactKey);
    for (const key of keys) {
      const match = key === '' ? undefined : (byName.get(key) ?? byAlias.get(key));
      if (match) return match;
    }
    return undefined;
  };

  const onetOnly = new Map<string, FinderEntry>();
  for (const row of onet.titles) {
    const occupation = socCode(row.occupation);
    const shortName = row.shortTitle && !isAcronym(row.shortTitle) ? row.shortTitle : undefined;
    const shortAcronym = row.shortTitle && isAcronym(row.shortTitle) ? row.shortTitle : undefined;
    const match = curatedFor(row.title, shortName);
    if (match) {
      for (const name of [withoutParenthetical(row.title), shortName]) {
        if (name && exactKey(name) !== exactKey(match.title)) pushUnique(match.alternates, name);
      }
      if (shortAcronym) pushUnique(match.abbreviations, shortAcronym);
      continue;
    }
    const key = exactKey(withoutParenthetical(row.title));
    const known = onetOnly.get(key);
    if (known) {
      if (!known.occupations.includes(occupation)) known.occupations.push(occupation);
      continue;
    }
    onetOnly.set(key, {
      id: `onet-${onetOnly.size + 1}`,
      title: withoutParenthetical(row.title),
      prevalence: 'low',
      certifications: [],
      occupations: [occupation],
      alternates: shortName ? [shortName] : [],
      abbreviations: shortAcronym ? [shortAcronym] : [],
    });
  }

  return {
    entries: [...entries, ...onetOnly.values()],
    occupations: [
      ...occupations,
      ...onet.occupations
        .filter(
          (occupation) => !occupations.some((known) => known.code === socCode(occupation.code)),
        )
        .map((occupation) => ({
          code: socCode(occupation.code),
          title: occupation.title,
          onetUrl: `https://www.onetonline.org/link/summary/${occupation.code}`,
          pay: [],
        })),
    ],
    onetRelease: onet.release,
  };
}

/** Every name the finder searches: titles, other names and abbreviations. */
export function searchableStrings(entries: readonly FinderEntry[]): string[] {
  return entries.flatMap((entry) => [
    entry.title,
    ...(entry.englishTitle ? [entry.englishTitle] : []),
    ...entry.alternates,
    ...entry.abbreviations,
  ]);
}

/** Credential acronyms listed on titles: also searched (the fuse.js "certifications" key). */
export function credentialStrings(entries: readonly FinderEntry[]): string[] {
  return entries.flatMap((entry) => entry.certifications);
}
