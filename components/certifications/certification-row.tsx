import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import {
  CERTIFICATION_COLUMNS,
  ROLE_LABELS,
  type CertificationCell,
  type CertificationColumnId,
  type CertificationRow,
} from '@/lib/certifications';
import type { CitedFigureView } from '@/lib/citations';
import { UnknownFact } from './unknown-fact';

type Cell = CertificationCell<CitedFigureView>;

function CellContent({ cell }: { cell: Cell }) {
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
          <UnknownFact reason={cell.column === 'eligibility' ? cell.unpublished : undefined} />
        )
      );
    case 'roles':
      return cell.roles.length === 0
        ? (cell.serves ?? '')
        : cell.roles.map((role) => ROLE_LABELS[role]).join(', ');
    case 'figure':
      return cell.figure ? (
        <CitedFigure figure={cell.figure} compact />
      ) : (
        <UnknownFact reason={cell.unpublished} />
      );
    case 'renewal':
      if (cell.figures.length === 0) return cell.note ?? <UnknownFact reason={cell.unpublished} />;
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

const columnLabel = (id: CertificationColumnId) =>
  CERTIFICATION_COLUMNS.find((column) => column.id === id)?.label;

/**
 * One credential. From md up it is a table row whose first cell sticks to the left edge while the
 * table scrolls; on a phone it stacks into a card, each value under a visible label (hidden from
 * screen readers, which hear the column header instead).
 */
export function CertificationRowView({ row }: { row: CertificationRow<CitedFigureView> }) {
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
            <CellContent cell={cell} />
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
              <CellContent cell={cell} />
            </div>
          </td>
        ),
      )}
    </tr>
  );
}
