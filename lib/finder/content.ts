// The finder's data layer: reads the curated job titles, certifications and occupations from
// contentlayer and the O*NET titles from content/onet/titles.json, and builds the catalog once.
import {
  allCertifications,
  allJobTitles,
  allOccupations,
  allSources,
} from 'contentlayer/generated';
import type { JobTitle, Occupation } from 'contentlayer/generated';
import onetJson from '@/content/onet/titles.json';
import { JOB_FAMILIES, type JobFamily } from '@/lib/content/vocabulary';
import {
  buildCatalog,
  type CertificationName,
  type CuratedTitle,
  type FinderCatalog,
  type FinderOccupation,
  type FinderPayFigure,
} from './catalog';
import { parseOnetTitlesJson, type OnetTitles } from './onet';
import { buildFinderIndex, type FinderIndexData } from './search-index';
import { compareNames } from '../text';
import { isPayFigure } from '../figures';

export type { JobTitle } from 'contentlayer/generated';

const onetTitles: OnetTitles = parseOnetTitlesJson(onetJson);

function curatedTitle(title: JobTitle): CuratedTitle {
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
  };
}

function payFigures(occupation: Occupation): FinderPayFigure[] {
  return occupation.figures.flatMap((figure) => {
    const source = allSources.find((item) => item.id === figure.source);
    if (!isPayFigure(figure) || !source) return [];
    return [
      {
        measure: figure.measure,
        value: figure.value,
        ...(figure.valueMax === undefined ? {} : { valueMax: figure.valueMax }),
        unit: figure.unit,
        asOf: figure.asOf,
        ...(figure.place === undefined ? {} : { place: figure.place }),
        ...(figure.note === undefined ? {} : { note: figure.note }),
        source: source.id,
        sourcePublisher: source.publisher,
        ...(source.citing === undefined ? {} : { citing: source.citing }),
        secondary: source.standing === 'secondary',
      },
    ];
  });
}

function finderOccupation(occupation: Occupation): FinderOccupation {
  return {
    code: occupation.code,
    title: occupation.title,
    onetUrl: occupation.onetUrl,
    oewsUrl: occupation.oewsUrl,
    pay: payFigures(occupation),
  };
}

/** The catalog's inputs from the content: also what the benchmark scales up. */
export function getCatalogSources(): {
  titles: CuratedTitle[];
  certifications: CertificationName[];
  onet: OnetTitles;
  occupations: FinderOccupation[];
} {
  return {
    titles: allJobTitles.map(curatedTitle),
    certifications: allCertifications.map((cert) => ({ slug: cert.slug, acronym: cert.acronym })),
    onet: onetTitles,
    occupations: allOccupations.map(finderOccupation),
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

/** The JSON the browser loads (app/jobs/finder-index.json). */
export function getFinderIndexData(): FinderIndexData {
  return buildFinderIndex(getFinderCatalog());
}

export function getJobTitles(): JobTitle[] {
  return [...allJobTitles].sort((a, b) => compareNames(a.name, b.name));
}

export function getJobTitle(slug: string): JobTitle {
  const title = allJobTitles.find((item) => item.slug === slug);
  if (!title) throw new Error(`Content not found: job title "${slug}"`);
  return title;
}

/** Curated titles grouped by family, in the site's family order: the browsable catalog. */
export function getJobTitlesByFamily(): { family: JobFamily; titles: JobTitle[] }[] {
  const titles = getJobTitles();
  return JOB_FAMILIES.map((family) => ({
    family,
    titles: titles.filter((title) => title.family === family),
  }));
}

export function findOccupation(code: string): Occupation | undefined {
  return allOccupations.find((occupation) => occupation.code === code);
}
