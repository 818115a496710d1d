// The comparison as the table shows it: each figure formatted with its citation, each sourced fact
// with its citation, each credential as a link, glossary terms found in the text. The table component only maps over these rows.
import { cite, viewMeasuredFigure, type Citation, type HeadlineFigureView } from '../citations';
import type { OccupationFigure } from '../content';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import type { Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { routesFor } from '../routes';
import type { CompareCell, Comparison } from './build';

export type CompareCellView =
  | { kind: 'text'; text: LinkedText }
  | { kind: 'list'; items: LinkedText[] }
  | { kind: 'sourced-text'; text: string; sourced?: { text: string; citation: Citation } }
  | { kind: 'figures'; headlines: HeadlineFigureView[]; occupation: string; note?: string }
  | {
      kind: 'certifications';
      certifications: {
        slug: string;
        href: string;
        acronym: string;
        name: string;
        issuer: string;
      }[];
    };

export interface ComparisonView {
  /** The table's own words, in the page's language. */
  words: { dimension: string; governmentProfile: string; notPublished: string };
  roles: { slug: string; href: string; name: string }[];
  rows: { id: string; label: string; cells: CompareCellView[]; periodNote?: string }[];
}

function viewCell(cell: CompareCell<OccupationFigure>, locale: Locale): CompareCellView {
  const routes = routesFor(locale);
  switch (cell.kind) {
    case 'text':
      return { kind: 'text', text: linkGlossaryTerms(cell.text, locale) };
    case 'list':
      return { kind: 'list', items: cell.items.map((item) => linkGlossaryTerms(item, locale)) };
    case 'sourced-text':
      return {
        kind: 'sourced-text',
        text: cell.text,
        ...(cell.sourced
          ? {
              sourced: {
                text: cell.sourced.text,
                citation: cite(cell.sourced.source, cell.sourced.asOf, locale),
              },
            }
          : {}),
      };
    case 'figures':
      return {
        kind: 'figures',
        occupation: cell.occupation,
        ...(cell.note ? { note: cell.note } : {}),
        headlines: cell.choices.map(({ headline, others }) => {
          const view = (figure: OccupationFigure) =>
            viewMeasuredFigure(cell.code, figure, cell.figures, locale);
          return { headline: view(headline), others: others.map(view) };
        }),
      };
    case 'certifications':
      return {
        kind: 'certifications',
        certifications: cell.certifications.map((cert) => ({
          slug: cert.slug,
          href: routes.certification(cert.slug),
          acronym: cert.acronym,
          name: cert.name,
          issuer: cert.issuer,
        })),
      };
  }
}

export function viewComparison(
  comparison: Comparison<OccupationFigure>,
  locale: Locale = 'en',
): ComparisonView {
  const { dimension, governmentProfile, notPublished } = getMessages(locale).compare.table;
  return {
    words: { dimension, governmentProfile, notPublished },
    roles: comparison.roles.map((role) => ({ ...role, href: routesFor(locale).role(role.slug) })),
    rows: comparison.rows.map((row) => ({
      id: row.id,
      label: row.label,
      cells: row.cells.map((cell) => viewCell(cell, locale)),
      ...(row.periodNote ? { periodNote: row.periodNote } : {}),
    })),
  };
}
