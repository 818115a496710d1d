import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import {
  certificationWords,
  roleLabels,
  type CertificationCell,
  type CertificationColumn,
  type CertificationColumnId,
  type CertificationRow,
} from '@/lib/certifications';
import type { CitedFigureView } from '@/lib/citations';
import type { Locale } from '@/lib/i18n';
import { UnknownFact } from './unknown-fact';

type Cell = CertificationCell<CitedFigureView>;

function CellContent({ cell, locale }: { cell: Cell; locale: Locale }) {
  switch (cell.kind) {
    case 'credential':
      return (
        <>
          <Link href={cell.href} className="text-lg font-bold">
            {cell.acronym}
          </Link>
          <span className="block text-sm font-normal">{cell.name}</span>
        </>
      );
    case 'body':
      return cell.name === cell.body ? cell.body : <abbr title={cell.name}>{cell.body}</abbr>;
    case 'text':
      return (
        cell.text ?? (
          <UnknownFact
            locale={locale}
            reason={cell.column === 'eligibility' ? cell.unpublished : undefined}
          />
        )
      );
    case 'roles':
      return cell.roles.length === 0
        ? (cell.serves ?? '')
        : cell.roles.map((role) => roleLabels(certificationWords(locale))[role]).join(', ');
    case 'figure':
      return cell.figure ? (
        <CitedFigure figure={cell.figure} compact />
      ) : (
        <UnknownFact locale={locale} reason={cell.unpublished} />
      );
    case 'renewal':
      if (cell.figures.length === 0)
        return cell.note ?? <UnknownFact locale={locale} reason={cell.unpublished} />;
      return (
        <ul className="space-y-1">
          {cell.figures.map((figure) => (
            <li key={figure.text}>
              <CitedFigure figure={figure} compact />
            </li>
          ))}
        </ul>
      );
  }
}

/** Minimum widths from md up, so short facts stay on one line and the eligibility text has room. */
const COLUMN_WIDTHS: Record<CertificationColumnId, string> = {
  credential: 'md:min-w-44',
  issuer: 'md:min-w-20',
  roles: 'md:min-w-24',
  level: 'md:min-w-24',
  eligibility: 'md:min-w-56',
  questions: 'md:min-w-32',
  minutes: 'md:min-w-32',
  fee: 'md:min-w-32',
  renewal: 'md:min-w-32',
};

/**
 * One credential. From md up it is a table row whose first cell sticks to the left edge while the
 * table scrolls; on a phone it stacks into a card, each value under a visible label (hidden from
 * screen readers, which hear the column header instead).
 */
export function CertificationRowView({
  row,
  columns,
  locale,
}: {
  row: CertificationRow<CitedFigureView>;
  /** The columns with their headers in the page's language, for the phone's visible labels. */
  columns: readonly CertificationColumn[];
  locale: Locale;
}) {
  const columnLabel = (id: CertificationColumnId) =>
    columns.find((column) => column.id === id)?.label;
  return (
    <tr
      id={`cert-${row.slug}`}
      className="block break-inside-avoid border-b border-slate-200 py-3 md:table-row md:py-0 dark:border-slate-700"
    >
      {row.cells.map((cell) =>
        cell.kind === 'credential' ? (
          <th
            key={cell.column}
            scope="row"
            className="block px-2 pb-1 text-left align-top md:sticky md:left-0 md:z-10 md:table-cell md:w-44 md:min-w-44 md:border-r md:border-slate-200 md:bg-white md:py-3 md:dark:border-slate-700 md:dark:bg-slate-950"
          >
            <CellContent cell={cell} locale={locale} />
          </th>
        ) : (
          <td
            key={cell.column}
            data-column={cell.column}
            className={`grid grid-cols-[7.5rem_1fr] gap-x-3 px-2 py-1 align-top md:table-cell md:py-3 ${COLUMN_WIDTHS[cell.column]}`}
          >
            <span
              aria-hidden="true"
              className="text-sm font-semibold text-slate-600 md:hidden dark:text-slate-400"
            >
              {columnLabel(cell.column)}
            </span>
            <div className="text-sm">
              <CellContent cell={cell} locale={locale} />
            </div>
          </td>
        ),
      )}
    </tr>
  );
}
