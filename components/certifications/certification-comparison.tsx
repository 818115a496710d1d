import type { CertificationTable } from '@/lib/certifications';
import { type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { CertificationRowView } from './certification-row';
import { CertificationTableIsland } from './certification-table-island';

/** The full comparison table, rendered on the server; the island only filters and orders its rows. */
export function CertificationComparison({
  table,
  caption,
  locale,
}: {
  table: CertificationTable;
  caption: string;
  locale: Locale;
}) {
  const m = getMessages(locale).certifications;
  return (
    <CertificationTableIsland
      caption={caption}
      columns={table.columns}
      facets={table.facets}
      rows={Object.fromEntries(
        table.rows.map((row) => [
          row.slug,
          <CertificationRowView key={row.slug} row={row} columns={table.columns} locale={locale} />,
        ]),
      )}
      filters={table.filters}
      labels={{
        filtersHeading: m.filtersHeading,
        filterRole: m.filterRole,
        filterRoleAll: m.filterRoleAll,
        filterBody: m.filterBody,
        filterBodyAll: m.filterBodyAll,
        filterLevel: m.filterLevel,
        filterLevelAll: m.filterLevelAll,
        sortBy: m.sortBy,
        clearFilters: m.clearFilters,
        sortNote: m.sortNote,
        shownNone: m.shownNone,
        shownAll: m.shownAll,
        shownSome: m.shownSome,
      }}
    />
  );
}
