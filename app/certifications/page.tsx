import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { CertificationComparison } from '@/components/certifications/certification-comparison';
import {
  NoBillingCredentialNotes,
  RoleRuleNotes,
} from '@/components/certifications/certification-notes';
import { LevelLegend } from '@/components/certifications/level-legend';
import { PageIntro } from '@/components/layout/page-intro';
import { bodiesIn, certificationPath } from '@/lib/certifications';
import { getCertification, getCertifications, getRoles } from '@/lib/content';
import { ROLE_IDS } from '@/lib/content/vocabulary';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Medical coding and billing certifications compared',
  description:
    'CPC, CCS, CPB, CBCS, CRCR and more: who issues each credential, whom it serves, who can take it, the exam questions, length and fee, and how to keep it, each fact with its source and date.',
  path: routes.certifications(),
});

export default function CertificationsPage() {
  const certifications = getCertifications();
  const bodies = bodiesIn(certifications);
  return (
    <>
      <PageIntro title="Coding and billing certifications compared">
        <p>
          The {certifications.length} credentials that matter most for coding and billing jobs, from{' '}
          {bodies.join(', ')}. Each figure names its source and date. Where a fact is not known, the
          table says so instead of guessing.
        </p>
        <p>
          Just starting?{' '}
          {getRoles().map((role, index) => {
            const first = getCertification(role.firstCertification);
            return (
              <span key={role.slug}>
                {index > 0 ? ' ' : null}For a new {role.name.toLowerCase()}, this site suggests the{' '}
                <Link href={certificationPath(first.slug)}>{first.acronym}</Link> first.
              </span>
            );
          })}
        </p>
      </PageIntro>
      <div className="mb-8 max-w-3xl space-y-3">
        <RoleRuleNotes roles={ROLE_IDS} />
        <NoBillingCredentialNotes bodies={bodies} />
      </div>
      <LevelLegend />
      <CertificationComparison
        certifications={certifications}
        caption="Each credential with its issuing body, the roles it serves, who can take it, its exam and its renewal. Notes on each figure are on the credential's own page."
      />
    </>
  );
}
