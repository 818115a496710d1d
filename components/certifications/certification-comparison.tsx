import { CertificationRowView } from './certification-row';
import { CertificationTableIsland } from './certification-table-island';
import { bodiesIn, buildCertificationRows } from '@/lib/certifications';
import type { Certification } from '@/lib/content';

/** The full comparison table, rendered on the server; the island only filters and orders its rows. */
export function CertificationComparison({
  certifications,
  caption,
}: {
  certifications: Certification[];
  caption: string;
}) {
  const rows = buildCertificationRows(certifications);
  return (
    <CertificationTableIsland
      caption={caption}
      facets={rows.map((row) => row.facets)}
      rows={Object.fromEntries(
        rows.map((row) => [row.slug, <CertificationRowView key={row.slug} row={row} />]),
      )}
      bodies={bodiesIn(certifications)}
    />
  );
}
