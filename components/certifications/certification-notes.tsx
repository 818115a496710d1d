import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { SourceCitation } from '@/components/ui/source-citation';
import type { CredentialLink, NoBillingNote, RoleRuleNote } from '@/lib/certifications';

/** The sourced rule on certification for each role that has one (billers: none required). */
export function RoleRuleNotes({ notes }: { notes: readonly RoleRuleNote[] }) {
  return notes.map((note) => (
    <Notice key={note.slug}>
      {note.text} <SourceCitation citation={note.citation} />
    </Notice>
  ));
}

function CertificationLinks({
  certifications,
  withIssuer = true,
}: {
  certifications: readonly CredentialLink[];
  /** Off where the sentence already names the body. */
  withIssuer?: boolean;
}) {
  return certifications.map((cert, index) => (
    <span key={cert.slug}>
      {index > 0 ? (index === certifications.length - 1 ? ' and ' : ', ') : null}
      <Link href={cert.href}>{cert.acronym}</Link>
      {withIssuer ? ` (${cert.issuer})` : null}
    </span>
  ));
}

/**
 * For each body that offers nothing for billers, says so, says whom its credentials serve instead
 * (from the content) and names the entry-level billing credentials.
 */
export function NoBillingCredentialNotes({ notes }: { notes: readonly NoBillingNote[] }) {
  return notes.map(({ body, coderCredentials, otherCredentials, alternatives }) => (
    <Notice key={body}>
      {body} has no billing credential.{' '}
      {otherCredentials.length === 0 ? (
        <>Every {body} credential on this site serves coders.</>
      ) : (
        <>
          On this site, its credentials serve coders (
          <CertificationLinks certifications={coderCredentials} withIssuer={false} />) or work
          beyond coding and billing (
          <CertificationLinks certifications={otherCredentials} withIssuer={false} />
          ).
        </>
      )}{' '}
      For a billing job, look at <CertificationLinks certifications={alternatives} />.
    </Notice>
  ));
}
