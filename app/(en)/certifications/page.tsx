import type { Metadata } from 'next';
import { CertificationComparison } from '@/components/certifications/certification-comparison';
import {
  NoBillingCredentialNotes,
  RoleRuleNotes,
} from '@/components/certifications/certification-notes';
import { FirstPicks } from '@/components/certifications/first-picks';
import { LevelLegend } from '@/components/certifications/level-legend';
import { PageIntro } from '@/components/layout/page-intro';
import { getCertificationsOverview } from '@/lib/certifications';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Medical coding and billing certifications compared',
  description:
    'CPC, CCS, CPB, CBCS, CRCR and more: who issues each credential, whom it serves, who can take it, the exam questions, length and fee, and how to keep it, each fact with its source and date.',
  path: routes.certifications(),
});

export default function CertificationsPage() {
  const overview = getCertificationsOverview();
  return (
    <>
      <PageIntro title="Coding and billing certifications compared">
        <p>
          The {overview.count} credentials that matter most for coding and billing jobs, from{' '}
          {overview.bodies.join(', ')}. Each figure names its source and date. Where a fact is not
          known, the table says so instead of guessing.
        </p>
        <FirstPicks picks={overview.firstPicks} />
      </PageIntro>
      <div className="mb-8 max-w-3xl space-y-3">
        <RoleRuleNotes notes={overview.roleRules} />
        <NoBillingCredentialNotes notes={overview.noBillingNotes} />
      </div>
      <LevelLegend levels={overview.levels} />
      <CertificationComparison
        table={overview.table}
        caption="Each credential with its issuing body, the roles it serves, who can take it, its exam and its renewal. Notes on each figure are on the credential's own page."
      />
    </>
  );
}
