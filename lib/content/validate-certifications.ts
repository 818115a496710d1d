// Rules for a credential's roles and its missing facts: a credential that serves neither coders nor
// billers says whom it serves, and every fact the comparison table shows is either present or has a
// reason (what the body does not publish) in `unpublished`, never both.
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';

/** The facts of the comparison table that a credential can lack. */
export const CERTIFICATION_GAP_FACTS = [
  'eligibility',
  'questions',
  'minutes',
  'fee',
  'renewal',
] as const;
export type CertificationGapFact = (typeof CERTIFICATION_GAP_FACTS)[number];

type CertificationToValidate = ContentToValidate['certifications'][number];

function hasFact(cert: CertificationToValidate, fact: CertificationGapFact): boolean {
  switch (fact) {
    case 'eligibility':
      return cert.eligibility !== undefined;
    case 'renewal':
      return [
        cert.renewal.everyYears,
        cert.renewal.ceus,
        cert.renewal.cost,
        cert.renewal.note,
      ].some((part) => part !== undefined);
    default:
      return cert.exam[fact] !== undefined;
  }
}

export function validateCertifications(content: ContentToValidate, checks: Checks): void {
  for (const cert of content.certifications) {
    if (cert.roles.length === 0 && !cert.serves?.trim()) {
      checks.report(
        cert,
        'serves',
        'serves neither coders nor billers, so it must say whom it serves',
      );
    }
    if (cert.roles.length > 0 && cert.serves !== undefined) {
      checks.report(cert, 'serves', 'is only for a credential with no roles; this one lists roles');
    }
    for (const fact of CERTIFICATION_GAP_FACTS) {
      const reason = cert.unpublished?.[fact];
      const known = hasFact(cert, fact);
      if (!known && !reason?.trim()) {
        checks.report(
          cert,
          `unpublished.${fact}`,
          `${fact} is not known; say why (what the body does not publish)`,
        );
      }
      if (known && reason !== undefined) {
        checks.report(cert, `unpublished.${fact}`, `${fact} is known, so it needs no reason`);
      }
    }
  }
}
