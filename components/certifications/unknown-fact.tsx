import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';

/**
 * What the site says where a fact is not known: never a blank, never a guess. With a reason from the
 * content, it says what the body does not publish; with an official page, it points there.
 */
export function UnknownFact({
  locale,
  reason,
  officialUrl,
  officialName,
}: {
  locale: Locale;
  reason?: string | undefined;
  officialUrl?: string;
  officialName?: string;
}) {
  const m = getMessages(locale).certifications;
  const text = (reason ?? m.unknown).replace(/\.$/, '');
  return (
    <span data-unknown="" className="text-slate-700 italic dark:text-slate-300">
      {text}
      {officialUrl ? (
        <>
          {'; '}
          <a href={officialUrl} className="not-italic">
            {formatMessage(m.unknownCheck, { name: officialName ?? m.officialPage })}
          </a>
        </>
      ) : null}
      .
    </span>
  );
}
