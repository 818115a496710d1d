import { Link } from '@/components/ui/link';
import type { CertificationsOverview } from '@/lib/certifications';

/** "Just starting? For a new medical coder, this site suggests the CPC first. ..." */
export function FirstPicks({ picks }: { picks: CertificationsOverview['firstPicks'] }) {
  return (
    <p>
      Just starting?{' '}
      {picks.map((pick, index) => (
        <span key={pick.role}>
          {index > 0 ? ' ' : null}For a new {pick.roleName.toLowerCase()}, this site suggests the{' '}
          <Link href={pick.certification.href}>{pick.certification.acronym}</Link> first.
        </span>
      ))}
    </p>
  );
}
