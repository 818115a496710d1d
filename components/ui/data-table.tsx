import type { ReactNode } from 'react';

export interface DataTableColumn {
  label: ReactNode;
  /** Extra classes for the column header, e.g. a width. */
  className?: string;
}

/** A table of figures with its caption and column headers; the rows are the caller's. */
export function DataTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  columns: readonly DataTableColumn[];
  /** Width and layout of the table. */
  className: string;
  children: ReactNode;
}) {
  return (
    <table className={`mt-4 w-full border-collapse text-left ${className}`}>
      <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300 print:text-black">
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={['border-b-2 border-slate-300 p-2 dark:border-slate-600', column.className]
                .filter(Boolean)
                .join(' ')}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
