import type { CertificationTable } from '@/lib/certifications';
import { CertificationRowView } from './certification-row';
import { CertificationTableIsland } from './certification-table-island';

/** The full comparison table, rendered on the server; the island only filters and orders its rows. */
export function CertificationComparison({
  table,
  caption,
}: {
  table: CertificationTable;
  caption: string;
}) {
  return (
    <CertificationTableIsland
      caption={caption}
      columns={table.columns}
      facets={table.facets}
      rows={Object.fromEntries(
        table.rows.map((row) => [row.slug, <CertificationRowView key={row.slug} row={row} />]),
      )}
      filters={table.filters}
    />
  );
}
