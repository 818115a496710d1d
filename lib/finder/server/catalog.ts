// The finder's catalog from the content: the curated job titles, certifications and occupations
// (lib/content) joined with the O*NET titles, built once per build.
import { rankOfSource, viewMeasuredFigure } from '@/lib/citations';
import {
  getCertifications,
  getJobTitleSearchTerms,
  getJobTitles,
  getOccupations,
  getOnetTitles,
  type JobTitle,
  type Occupation,
  type OnetTitles,
} from '@/lib/content';
import { entryTitleSlugs } from '@/lib/first-job';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCatalog } from '../catalog';
import { localizeCatalog, type TitleTranslation } from '../localize-catalog';
import { nationalPayHeadline } from '../place-pay';
import { buildFinderIndex, type FinderIndexData } from '../search-index';
import type { CertificationName, CuratedTitle, FinderCatalog, FinderOccupation } from '../types';
import type { CityRow } from '../us-cities';
import { parseSynonymsFile } from '../synonyms';
import { parseUsCitiesFile } from '../us-cities-file';

function curatedTitle(title: JobTitle, entryTitles: ReadonlySet<string>): CuratedTitle {
  return {
    slug: title.slug,
    name: title.name,
    family: title.family,
    level: title.level,
    prevalence: title.prevalence,
    certifications: title.certifications,
    aliases: title.aliases,
    abbreviations: title.abbreviations,
    occupation: title.occupation,
    payFits: title.occupationMatch.payFits,
    summary: title.summary,
    oftenRemote: title.oftenRemote,
    hiresBeginners: entryTitles.has(title.slug),
  };
}

function finderOccupation(
  occupation: Occupation,
  locale: Locale = DEFAULT_LOCALE,
): FinderOccupation {
  const national = nationalPayHeadline(occupation.figures, rankOfSource);
  const { code, figures } = occupation;
  return {
    code,
    title: occupation.title,
    onetUrl: occupation.onetUrl,
    oewsUrl: occupation.oewsUrl,
    ...(national ? { nationalPay: viewMeasuredFigure(code, national, figures, locale) } : {}),
  };
}

/** The catalog's inputs from the content: also what the benchmark scales up. */
export function getCatalogSources(): {
  titles: CuratedTitle[];
  certifications: CertificationName[];
  onet: OnetTitles;
  occupations: FinderOccupation[];
} {
  const entryTitles = entryTitleSlugs();
  return {
    titles: getJobTitles().map((title) => curatedTitle(title, entryTitles)),
    certifications: getCertifications().map((cert) => ({ slug: cert.slug, acronym: cert.acronym })),
    onet: getOnetTitles(),
    occupations: getOccupations().map((occupation) => finderOccupation(occupation)),
  };
}

let catalog: FinderCatalog | undefined;

export function getFinderCatalog(): FinderCatalog {
  if (!catalog) {
    const sources = getCatalogSources();
    catalog = buildCatalog(
      sources.titles,
      sources.certifications,
      sources.onet,
      sources.occupations,
    );
  }
  return catalog;
}

const US_CITIES_FILE = 'content/places/us-cities.json';

/** The US cities read as places (content/places/us-cities.json, from GeoNames). */
export function getUsCities(): CityRow[] {
  const file = path.join(process.cwd(), US_CITIES_FILE);
  return parseUsCitiesFile(JSON.parse(readFileSync(file, 'utf8')), US_CITIES_FILE).cities;
}

const SYNONYMS_FILE = 'content/finder/synonyms.json';

/** Words that mean the same work, for lay phrases (content/finder/synonyms.json). */
export function getFinderSynonyms(): string[][] {
  const file = path.join(process.cwd(), SYNONYMS_FILE);
  return parseSynonymsFile(JSON.parse(readFileSync(file, 'utf8')), SYNONYMS_FILE);
}

/** Each curated title's name, summary and search terms in `locale`, by slug. */
function titleTranslations(locale: Locale): Map<string, TitleTranslation> {
  return new Map(
    getJobTitles(locale).map((title) => [
      title.slug,
      { name: title.name, summary: title.summary, searchTerms: getJobTitleSearchTerms(title.slug) },
    ]),
  );
}

/**
 * The finder's catalog in `locale`: the English one, with the curated titles' translations and the
 * content's occupations in that language (names, and pay in its words); O*NET's own occupations
 * keep their English names.
 */
export function getLocalizedFinderCatalog(locale: Locale): FinderCatalog {
  const english = getFinderCatalog();
  if (locale === DEFAULT_LOCALE) return english;
  const occupations = new Map(
    getOccupations(locale).map((occupation) => [
      occupation.code,
      finderOccupation(occupation, locale),
    ]),
  );
  return {
    ...localizeCatalog(english, titleTranslations(locale)),
    occupations: english.occupations.map((item) => occupations.get(item.code) ?? item),
  };
}

/** The JSON the browser loads in `locale` (app/(en)/jobs/finder-index*.json). */
export function getFinderIndexData(locale: Locale = DEFAULT_LOCALE): FinderIndexData {
  return buildFinderIndex(getLocalizedFinderCatalog(locale), getUsCities(), getFinderSynonyms());
}
