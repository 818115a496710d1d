import { Link } from '@/components/ui/link';
import { billingAlternatives, certificationPath } from '@/lib/certifications';
import { getCertifications, getRoles, getSource, type Certification } from '@/lib/content';
import type { CertificationBody, RoleId } from '@/lib/content/vocabulary';
import { SourceNote } from '../source-note';

const NOTE_BOX =
  'rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950/40';

/** The sourced rule on certification for each of these roles that has one (billers: none required). */
export function RoleRuleNotes({ roles }: { roles: readonly RoleId[] }) {
  const rules = getRoles().flatMap((role) =>
    roles.some((id) => id === role.slug) && role.certificationRule
      ? [{ slug: role.slug, rule: role.certificationRule }]
      : [],
  );
  return rules.map(({ slug, rule }) => (
    <p key={slug} className={NOTE_BOX}>
      {rule.text} <SourceNote source={getSource(rule.source)} asOf={rule.asOf} />
    </p>
  ));
}

function CertificationLinks({ certifications }: { certifications: Certification[] }) {
  return certifications.map((cert, index) => (
    <span key={cert.slug}>
      {index > 0 ? (index === certifications.length - 1 ? ' and ' : ', ') : null}
      <Link href={certificationPath(cert.slug)}>{cert.acronym}</Link> ({cert.issuer})
    </span>
  ));
}

/**
 * For each of these bodies that offers nothing for billers (in this content, AHIMA), says so and
 * names the entry-level billing credentials. Worked out from the content, not typed in.
 */
export function NoBillingCredentialNotes({ bodies }: { bodies: readonly CertificationBody[] }) {
  const certifications = getCertifications();
  return bodies.map((body) => {
    const alternatives = billingAlternatives(certifications, body);
    if (alternatives === null) return null;
    return (
      <p key={body} className={NOTE_BOX}>
        {body} has no billing credential: every {body} credential on this site serves coders. For a
        billing job, look at <CertificationLinks certifications={alternatives} />.
      </p>
    );
  });
}
