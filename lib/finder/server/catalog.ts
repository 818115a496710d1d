// The finder's catalog from the content: the curated job titles, certifications and occupations
// (lib/content) joined with the O*NET titles, built once per build.
import { citeFigure } from '@/lib/citations';
import {
  getCertifications,
  getJobTitles,
  getOccupations,
  getOnetTitles,
  type JobTitle,
  type Occupation,
  type OnetTitles,
} from '@/lib/content';
import { isPayFigure } from '@/lib/figures';
import { buildCatalog } from '../catalog';
import { buildFinderIndex, type FinderIndexData } from '../search-index';
import type {
  CertificationName,
  CuratedTitle,
  FinderCatalog,
  FinderOccupation,
  FinderPayFigure,
} from '../types';

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
  return occupation.figures.flatMap((figure) =>
    isPayFigure(figure)
      ? [
          {
            measure: figure.measure,
            unit: figure.unit,
            asOf: figure.asOf,
            ...(figure.place === undefined ? {} : { place: figure.place }),
            cited: citeFigure(figure),
          },
        ]
      : [],
  );
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
    titles: getJobTitles().map(curatedTitle),
    certifications: getCertifications().map((cert) => ({ slug: cert.slug, acronym: cert.acronym })),
    onet: getOnetTitles(),
    occupations: getOccupations().map(finderOccupation),
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
