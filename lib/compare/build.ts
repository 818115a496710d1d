// Builds the coder-vs-biller comparison from the role content, so every fact in the table comes from
// the content files, once. Pure: view.ts then resolves each figure's and fact's citation.
import { nationalFigures } from '../figures';

interface FigureLike {
  value: number;
  valueMax?: number | undefined;
  unit: string;
  asOf: string;
  source: string;
  label?: string | undefined;
  note?: string | undefined;
}

interface OccupationLike {
  code: string;
  title: string;
  proxyNote?: string | undefined;
  typicalEducation?: { text: string; asOf: string; source: string } | undefined;
  figures: (FigureLike & { measure: string; place?: string | undefined })[];
}

interface CertificationLike {
  slug: string;
  acronym: string;
  name: string;
  issuer: string;
}

interface RoleLike {
  slug: string;
  name: string;
  focus: string;
  duties: string[];
  skills: string[];
  toolsAndCodeSets: string[];
  workSettings: string[];
  remoteWork: string;
  education: string;
  firstCertification: string;
  certifications: string[];
  occupation: string;
  advancement: string[];
}

export type CompareCell<F extends FigureLike = FigureLike> =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'sourced-text'; text: string; sourced?: { text: string; asOf: string; source: string } }
  | { kind: 'figures'; figures: F[]; occupation: string; note?: string }
  | { kind: 'certifications'; certifications: CertificationLike[] };

export interface CompareRow<F extends FigureLike = FigureLike> {
  id: string;
  label: string;
  cells: CompareCell<F>[];
}

export interface Comparison<F extends FigureLike = FigureLike> {
  roles: { slug: string; name: string }[];
  rows: CompareRow<F>[];
}

export interface ComparisonInput<
  R extends RoleLike,
  O extends OccupationLike,
  C extends CertificationLike,
> {
  roles: readonly R[];
  occupations: readonly O[];
  certifications: readonly C[];
}

function lookup<T>(items: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = items.find(match);
  if (found === undefined) throw new Error(`Comparison: ${what} not found`);
  return found;
}

/** National figures of one measure, in content order (newest first). */
export function buildComparison<
  R extends RoleLike,
  O extends OccupationLike,
  C extends CertificationLike,
>({
  roles,
  occupations,
  certifications,
}: ComparisonInput<R, O, C>): Comparison<O['figures'][number]> {
  const certification = (slug: string) =>
    lookup(certifications, (cert) => cert.slug === slug, `certification "${slug}"`);
  const columns = roles.map((role) => ({
    role,
    occupation: lookup(
      occupations,
      (occ) => occ.code === role.occupation,
      `occupation "${role.occupation}"`,
    ),
  }));

  const row = (
    id: string,
    label: string,
    cell: (column: (typeof columns)[number]) => CompareCell<O['figures'][number]>,
  ): CompareRow<O['figures'][number]> => ({ id, label, cells: columns.map(cell) });

  const occupationLabel = (occupation: O) => `${occupation.title} (${occupation.code})`;

  return {
    roles: roles.map((role) => ({ slug: role.slug, name: role.name })),
    rows: [
      row('focus', 'Focus', ({ role }) => ({ kind: 'text', text: role.focus })),
      row('duties', 'Daily duties', ({ role }) => ({ kind: 'list', items: role.duties })),
      row('skills', 'Core skills', ({ role }) => ({ kind: 'list', items: role.skills })),
      row('tools', 'Tools and code sets', ({ role }) => ({
        kind: 'list',
        items: role.toolsAndCodeSets,
      })),
      row('settings', 'Where they work', ({ role }) => ({
        kind: 'list',
        items: role.workSettings,
      })),
      row('remote', 'Remote work', ({ role }) => ({ kind: 'text', text: role.remoteWork })),
      row('education', 'Typical education', ({ role, occupation }) => ({
        kind: 'sourced-text',
        text: role.education,
        sourced: occupation.typicalEducation,
      })),
      row('first-certification', 'First certification', ({ role }) => ({
        kind: 'certifications',
        certifications: [certification(role.firstCertification)],
      })),
      row('other-certifications', 'Other certifications', ({ role }) => ({
        kind: 'certifications',
        certifications: role.certifications
          .filter((slug) => slug !== role.firstCertification)
          .map(certification),
      })),
      row('pay', 'Median pay', ({ occupation }) => ({
        kind: 'figures',
        figures: nationalFigures(occupation.figures, ['median-pay'], 'usd-per-year'),
        occupation: occupationLabel(occupation),
        note: occupation.proxyNote,
      })),
      row('outlook', 'Job outlook', ({ occupation }) => ({
        kind: 'figures',
        figures: nationalFigures(occupation.figures, ['growth', 'openings']),
        occupation: occupationLabel(occupation),
        note: occupation.proxyNote,
      })),
      row('advancement', 'Where it leads', ({ role }) => ({
        kind: 'list',
        items: role.advancement,
      })),
    ],
  };
}

/** A short version of the comparison: the chosen rows, in the given order, with only the newest figure of each measure. */
export function summarizeComparison<F extends FigureLike & { measure: string }>(
  comparison: Comparison<F>,
  rowIds: readonly string[],
): Comparison<F> {
  const newestPerMeasure = (figures: F[]) =>
    figures.filter(
      (figure, index) => figures.findIndex((other) => other.measure === figure.measure) === index,
    );
  return {
    roles: comparison.roles,
    rows: rowIds.flatMap((id) => {
      const row = comparison.rows.find((candidate) => candidate.id === id);
      if (row === undefined) return [];
      return [
        {
          ...row,
          cells: row.cells.map((cell) =>
            cell.kind === 'figures'
              ? { ...cell, figures: newestPerMeasure(cell.figures), note: undefined }
              : cell,
          ),
        },
      ];
    }),
  };
}
