// The BLS releases (content/bls/): known occupations, and each figure given once. Their figures'
// sources, units, measures and places are checked with every other figure's (validate.ts).
import type { Checks } from './checks';
import type { ContentToValidate, FigureKey } from './to-validate';
import { BLS_DATASETS } from './vocabulary';

const figureKey = (code: string, { measure, unit, asOf, place }: FigureKey) =>
  [code, measure, unit, asOf, place ?? 'US'].join(' ');

const describeKey = ({ measure, unit, asOf, place }: FigureKey) =>
  `${measure} (${unit}, ${asOf}, ${place ?? 'US'})`;

export function validateBlsReleases(content: ContentToValidate, checks: Checks): void {
  const { report, checkEnum, checkRef } = checks;
  // A figure may come from one release only, and once: key -> where it was first given.
  const given = new Map<string, string>();
  for (const doc of content.blsReleases) {
    checkEnum(doc, 'dataset', doc.dataset, BLS_DATASETS);
    const codes = new Set<string>();
    doc.occupations.forEach((occupation, index) => {
      const path = `occupations[${index}]`;
      checkRef(doc, `${path}.code`, occupation.code, 'occupation');
      if (codes.has(occupation.code))
        report(doc, `${path}.code`, `"${occupation.code}" is listed twice`);
      codes.add(occupation.code);
      const cells = [
        ...occupation.figures.map((figure, at) => ({ figure, field: `${path}.figures[${at}]` })),
        ...occupation.notPublished.map((figure, at) => ({
          figure,
          field: `${path}.notPublished[${at}]`,
        })),
      ];
      for (const { figure, field } of cells) {
        const key = figureKey(occupation.code, figure);
        const first = given.get(key);
        if (first === undefined) given.set(key, `${doc._raw.sourceFilePath} ${field}`);
        else report(doc, field, `${describeKey(figure)} is given twice (first in ${first})`);
      }
    });
  }
}
