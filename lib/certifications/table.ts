// The certification comparison table: its columns, and one row of cells per credential. Pure: the
// overview gives it the content and says how to show a figure.
import { ROLE_IDS, type CertificationBody, type RoleId } from '../content/vocabulary';
import { routes } from '../routes';
import { BODY_NAMES, LEVEL_LABELS } from './labels';
import type { CertificationLike, FigureLike } from './model';
import { certificationFacets, type CertificationFacets } from './query';

export const CERTIFICATION_COLUMNS = [
  { id: 'credential', label: 'Credential' },
  { id: 'issuer', label: 'Issuing body' },
  { id: 'roles', label: 'Serves' },
  { id: 'level', label: 'Level' },
  { id: 'eligibility', label: 'Who can take it' },
  { id: 'questions', label: 'Questions' },
  { id: 'minutes', label: 'Exam length' },
  { id: 'fee', label: 'Fee' },
  { id: 'renewal', label: 'Renewal' },
] as const;

export type CertificationColumnId = (typeof CERTIFICATION_COLUMNS)[number]['id'];

/**
 * A cell of the table; V is how a figure is shown (a CitedFigureView on the page). A figure cell
 * without a figure means the fact is not known; the page says so.
 */
export type CertificationCell<V> =
  | { column: 'credential'; kind: 'credential'; href: string; acronym: string; name: string }
  | { column: 'issuer'; kind: 'body'; body: CertificationBody; name: string }
  | { column: 'roles'; kind: 'roles'; roles: RoleId[] }
  | { column: 'level'; kind: 'text'; text: string }
  | { column: 'eligibility'; kind: 'text'; text: string | undefined }
  | { column: 'questions' | 'minutes' | 'fee'; kind: 'figure'; figure: V | undefined }
  | { column: 'renewal'; kind: 'renewal'; figures: V[]; note: string | undefined };

export interface CertificationRow<V> {
  slug: string;
  cells: CertificationCell<V>[];
  facets: CertificationFacets;
}

/** The figures of a credential's renewal that the table shows, in reading order. */
function renewalFigures<F extends FigureLike>(renewal: CertificationLike<F>['renewal']): F[] {
  return [renewal.everyYears, renewal.ceus].filter((figure) => figure !== undefined);
}

/**
 * One row per credential, one cell per column of CERTIFICATION_COLUMNS, in the given order. `show`
 * turns each figure into what the cell displays.
 */
export function buildCertificationRows<F extends FigureLike, V>(
  certifications: readonly CertificationLike<F>[],
  show: (figure: F) => V,
): CertificationRow<V>[] {
  const optional = (figure: F | undefined) => (figure === undefined ? undefined : show(figure));
  return certifications.map((cert) => {
    const figures = renewalFigures(cert.renewal);
    const cells: CertificationCell<V>[] = [
      {
        column: 'credential',
        kind: 'credential',
        href: routes.certification(cert.slug),
        acronym: cert.acronym,
        name: cert.name,
      },
      { column: 'issuer', kind: 'body', body: cert.issuer, name: BODY_NAMES[cert.issuer] },
      // Roles in the site's order (coder, then biller), whatever order the file lists them in.
      {
        column: 'roles',
        kind: 'roles',
        roles: ROLE_IDS.filter((role) => cert.roles.includes(role)),
      },
      { column: 'level', kind: 'text', text: LEVEL_LABELS[cert.level] },
      { column: 'eligibility', kind: 'text', text: cert.eligibility },
      { column: 'questions', kind: 'figure', figure: optional(cert.exam.questions) },
      { column: 'minutes', kind: 'figure', figure: optional(cert.exam.minutes) },
      { column: 'fee', kind: 'figure', figure: optional(cert.exam.fee) },
      // The table keeps renewal to its figures; a note stands in only when there is none (the
      // credential's page shows both).
      {
        column: 'renewal',
        kind: 'renewal',
        figures: figures.map(show),
        note: figures.length === 0 ? cert.renewal.note : undefined,
      },
    ];
    return { slug: cert.slug, cells, facets: certificationFacets(cert) };
  });
}

/** Every figure a row shows, for checks that each one is sourced. */
export function rowFigures<V>(row: CertificationRow<V>): V[] {
  return row.cells.flatMap((cell) => {
    if (cell.kind === 'figure') return cell.figure === undefined ? [] : [cell.figure];
    if (cell.kind === 'renewal') return cell.figures;
    return [];
  });
}
