import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { CertificationsOverview } from '@/lib/certifications';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';

/** "Just starting? For a new medical coder, this site suggests the CPC first. ..." */
export function FirstPicks({
  picks,
  locale,
}: {
  picks: CertificationsOverview['firstPicks'];
  locale: Locale;
}) {
  const m = getMessages(locale).certifications;
  return (
    <p>
      {m.justStarting}{' '}
      {picks.map((pick, index) => (
        <span key={pick.role}>
          {index > 0 ? ' ' : null}
          <RichText
            text={formatMessage(m.firstPick, {
              role: pick.roleName.toLowerCase(),
              acronym: pick.certification.acronym,
            })}
            tags={{ cert: (words) => <Link href={pick.certification.href}>{words}</Link> }}
          />
        </span>
      ))}
    </p>
  );
}
