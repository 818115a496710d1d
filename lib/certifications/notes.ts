// The callouts the certification pages share: the sourced rule on certification for a role (billers:
// none required), and, for a body with no billing credential, the entry-level ones that are.
import { cite, type Citation } from '../citations';
import { getCertifications, getRoles, type Certification } from '../content';
import type { CertificationBody } from '../content/vocabulary';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';
import { billingAlternatives, credentialsByRole } from './facts';

export interface RoleRuleNote {
  slug: string;
  text: string;
  citation: Citation;
}

/** A credential named by a link: "CPB (AAPC)". */
export interface CredentialLink {
  slug: string;
  href: string;
  acronym: string;
  name: string;
  issuer: string;
}

/**
 * A body with no billing credential: which of its credentials serve coders, which serve neither role,
 * and the entry-level billing credentials of other bodies.
 */
export interface NoBillingNote {
  body: CertificationBody;
  coderCredentials: CredentialLink[];
  otherCredentials: CredentialLink[];
  alternatives: CredentialLink[];
}

/** A credential's link in the page's language (English by default, for pages not yet in Spanish). */
export function credentialLink(cert: Certification, locale: Locale = 'en'): CredentialLink {
  return {
    slug: cert.slug,
    href: routesFor(locale).certification(cert.slug),
    acronym: cert.acronym,
    name: cert.name,
    issuer: cert.issuer,
  };
}

/** The sourced rule on certification of each of these roles that has one, in the site's role order. */
export function roleRuleNotes(roleIds: readonly string[], locale: Locale): RoleRuleNote[] {
  return getRoles(locale).flatMap((role) =>
    roleIds.includes(role.slug) && role.certificationRule
      ? [
          {
            slug: role.slug,
            text: role.certificationRule.text,
            citation: cite(role.certificationRule.source, role.certificationRule.asOf, locale),
          },
        ]
      : [],
  );
}

/** For each of these bodies that offers nothing for billers, the entry-level billing credentials. */
export function noBillingCredentialNotes(
  bodies: readonly CertificationBody[],
  locale: Locale,
): NoBillingNote[] {
  const certifications = getCertifications(locale);
  const link = (cert: Certification) => credentialLink(cert, locale);
  return bodies.flatMap((body) => {
    const alternatives = billingAlternatives(certifications, body);
    if (alternatives === null) return [];
    const { coders, neither } = credentialsByRole(certifications, body);
    return [
      {
        body,
        coderCredentials: coders.map(link),
        otherCredentials: neither.map(link),
        alternatives: alternatives.map(link),
      },
    ];
  });
}
