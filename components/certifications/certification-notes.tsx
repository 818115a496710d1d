import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { SourceCitation } from '@/components/ui/source-citation';
import { RichText } from '@/components/ui/rich-text';
import type { CredentialLink, NoBillingNote, RoleRuleNote } from '@/lib/certifications';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';

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
  and,
  withIssuer = true,
}: {
  certifications: readonly CredentialLink[];
  /** What goes before the last link: " and ". */
  and: string;
  /** Off where the sentence already names the body. */
  withIssuer?: boolean;
}) {
  return certifications.map((cert, index) => (
    <span key={cert.slug}>
      {index > 0 ? (index === certifications.length - 1 ? and : ', ') : null}
      <Link href={cert.href}>{cert.acronym}</Link>
      {withIssuer ? ` (${cert.issuer})` : null}
    </span>
  ));
}

/**
 * For each body that offers nothing for billers, says so, says whom its credentials serve instead
 * (from the content) and names the entry-level billing credentials.
 */
export function NoBillingCredentialNotes({
  notes,
  locale,
}: {
  notes: readonly NoBillingNote[];
  locale: Locale;
}) {
  const m = getMessages(locale).certifications;
  // A tag of the sentence that stands for a list of links (it has no words of its own).
  const links = (certifications: readonly CredentialLink[], withIssuer?: boolean) =>
    function LinkList() {
      return (
        <CertificationLinks
          certifications={certifications}
          and={m.listAnd}
          withIssuer={withIssuer}
        />
      );
    };
  return notes.map(({ body, coderCredentials, otherCredentials, alternatives }) => (
    <Notice key={body}>
      {formatMessage(m.noBilling, { body })}{' '}
      {otherCredentials.length === 0 ? (
        formatMessage(m.allServeCoders, { body })
      ) : (
        <RichText
          text={m.serveCodersOrOther}
          tags={{
            coders: links(coderCredentials, false),
            others: links(otherCredentials, false),
          }}
        />
      )}{' '}
      <RichText text={m.lookAt} tags={{ alternatives: links(alternatives) }} />
    </Notice>
  ));
}
