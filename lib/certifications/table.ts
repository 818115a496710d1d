// The certification comparison table: its columns, and one row of cells per credential. Pure: the
// overview gives it the content and says how to show a figure.
import { ROLE_IDS, type CertificationBody, type RoleId } from '../content/vocabulary';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';
import { BODY_NAMES, certificationWords, levelLabels, type CertificationWords } from './labels';
import type { CertificationLike, FigureLike } from './model';
import { certificationFacets, type CertificationFacets } from './query';

/** The table's columns, in order, each with the catalog key of its header. */
export const CERTIFICATION_COLUMNS = [
  { id: 'credential', label: 'columnCredential' },
  { id: 'issuer', label: 'columnIssuer' },
  { id: 'roles', label: 'columnRoles' },
  { id: 'level', label: 'columnLevel' },
  { id: 'eligibility', label: 'columnEligibility' },
  { id: 'questions', label: 'columnQuestions' },
  { id: 'minutes', label: 'columnMinutes' },
  { id: 'fee', label: 'columnFee' },
  { id: 'renewal', label: 'columnRenewal' },
] as const satisfies readonly { id: string; label: keyof CertificationWords }[];

export type CertificationColumnId = (typeof CERTIFICATION_COLUMNS)[number]['id'];

/** A column with its header in the page's language. */
export interface CertificationColumn {
  id: CertificationColumnId;
  label: string;
}

export function certificationColumns(words: CertificationWords): CertificationColumn[] {
  return CERTIFICATION_COLUMNS.map((column) => ({ id: column.id, label: words[column.label] }));
}

/**
 * A cell of the table; V is how a figure is shown (a CitedFigureView on the page). A cell without
 * its fact is unknown, and `unpublished` says why, from the content.
 */
export type CertificationCell<V> =
  | { column: 'credential'; kind: 'credential'; href: string; acronym: string; name: string }
  | { column: 'issuer'; kind: 'body'; body: CertificationBody; name: string }
  | { column: 'roles'; kind: 'roles'; roles: RoleId[]; serves: string | undefined }
  | { column: 'level'; kind: 'text'; text: string }
  | {
      column: 'eligibility';
      kind: 'text';
      text: string | undefined;
      unpublished: string | undefined;
    }
  | {
      column: 'questions' | 'minutes' | 'fee';
      kind: 'figure';
      figure: V | undefined;
      unpublished: string | undefined;
    }
  | {
      column: 'renewal';
      kind: 'renewal';
      figures: V[];
      note: string | undefined;
      unpublished: string | undefined;
    };

export interface CertificationRow<V> {
  slug: string;
  cells: CertificationCell<V>[];
  facets: CertificationFacets;
}

/** The figures of a credential's renewal that the table shows, in reading order. */
function renewalFigures<F extends FigureLike>(renewal: CertificationLike<F>['renewal']): F[] {
  return [renewal.everyYears, renewal.ceus, renewal.cost].filter((figure) => figure !== undefined);
}

/**
 * One row per credential, one cell per column of CERTIFICATION_COLUMNS, in the given order. `show`
 * turns each figure into what the cell displays.
 */
export function buildCertificationRows<F extends FigureLike, V>(
  certifications: readonly CertificationLike<F>[],
  show: (figure: F) => V,
  locale: Locale,
): CertificationRow<V>[] {
  const levels = levelLabels(certificationWords(locale));
  const routes = routesFor(locale);
  return certifications.map((cert) => {
    const figures = renewalFigures(cert.renewal);
    const why = cert.unpublished ?? {};
    const figureCell = (column: 'questions' | 'minutes' | 'fee'): CertificationCell<V> => {
      const figure = cert.exam[column];
      return {
        column,
        kind: 'figure',
        figure: figure === undefined ? undefined : show(figure),
        unpublished: why[column],
      };
    };
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
        serves: cert.serves,
      },
      { column: 'level', kind: 'text', text: levels[cert.level] },
      {
        column: 'eligibility',
        kind: 'text',
        text: cert.eligibility,
        unpublished: why.eligibility,
      },
      figureCell('questions'),
      figureCell('minutes'),
      figureCell('fee'),
      // The table keeps renewal to its figures; a note stands in only when there is none (the
      // credential's page shows both).
      {
        column: 'renewal',
        kind: 'renewal',
        figures: figures.map(show),
        note: figures.length === 0 ? cert.renewal.note : undefined,
        unpublished: why.renewal,
      },
    ];
    return { slug: cert.slug, cells, facets: certificationFacets(cert) };
  });
}

/** True when a cell lacks its fact: the table then shows why, from `unpublished`. */
export function isUnknownCell<V>(cell: CertificationCell<V>): boolean {
  switch (cell.kind) {
    case 'text':
      return cell.text === undefined;
    case 'figure':
      return cell.figure === undefined;
    case 'renewal':
      return cell.figures.length === 0 && cell.note === undefined;
    default:
      return false;
  }
}

/** The cells of the table that lack their fact, with the reason each gives. */
export function unknownCells<V>(
  rows: readonly CertificationRow<V>[],
): { slug: string; column: CertificationColumnId; reason: string | undefined }[] {
  return rows.flatMap((row) =>
    row.cells.filter(isUnknownCell).map((cell) => ({
      slug: row.slug,
      column: cell.column,
      reason: 'unpublished' in cell ? cell.unpublished : undefined,
    })),
  );
}

/** Every figure a row shows, for checks that each one is sourced. */
export function rowFigures<V>(row: CertificationRow<V>): V[] {
  return row.cells.flatMap((cell) => {
    if (cell.kind === 'figure') return cell.figure === undefined ? [] : [cell.figure];
    if (cell.kind === 'renewal') return cell.figures;
    return [];
  });
}
