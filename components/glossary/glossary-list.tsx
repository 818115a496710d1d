import { Link } from '@/components/ui/link';
import { SourceCitation } from '@/components/ui/source-citation';
import type { GlossaryEntry, GlossaryView } from '@/lib/glossary';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';

/** The term's English name and expansion, in English, as a reader meets them at work. */
function EnglishName({ english, label }: { english: GlossaryEntry['english']; label: string }) {
  if (english === undefined) return null;
  return (
    <span className="block text-base font-normal text-slate-700 dark:text-slate-300">
      {label}{' '}
      <span lang="en">
        <span className="font-semibold">{english.term}</span>
        {english.expansion ? ` (${english.expansion})` : null}
      </span>
    </span>
  );
}

/** Terms grouped by first letter, with a letter index; each term is an anchor (#slug). */
export function GlossaryList({
  glossary: { groups },
  locale,
}: {
  glossary: GlossaryView;
  locale: Locale;
}) {
  const m = getMessages(locale).glossary;
  return (
    <>
      <nav aria-label={m.letters} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ initial }) => (
            <li key={initial}>
              <a
                href={`#letter-${initial}`}
                className="inline-block min-w-9 rounded border border-slate-300 px-2 py-1 text-center no-underline dark:border-slate-600"
              >
                {initial}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ initial, entries }) => (
        <section key={initial} aria-labelledby={`letter-${initial}`} className="mb-8 max-w-3xl">
          <h2
            id={`letter-${initial}`}
            className="border-b border-slate-200 text-2xl font-semibold dark:border-slate-700"
          >
            {initial}
          </h2>
          <dl className="mt-3 space-y-5">
            {entries.map((term) => (
              <div key={term.slug} id={term.slug} className="scroll-mt-4">
                <dt className="text-lg font-semibold">
                  {term.term}
                  {term.expansion ? (
                    <span className="font-normal text-slate-700 dark:text-slate-300">
                      {' '}
                      ({term.expansion})
                    </span>
                  ) : null}
                  <EnglishName english={term.english} label={m.inEnglish} />
                </dt>
                <dd className="mt-1 space-y-1">
                  <p data-sourced="">
                    {term.definition}
                    {term.citation ? (
                      <>
                        {' '}
                        <SourceCitation citation={term.citation} />
                      </>
                    ) : null}
                  </p>
                  {term.related.length > 0 ? (
                    <p className="text-sm">
                      {m.seeAlso}{' '}
                      {term.related.map((related, index) => (
                        <span key={related.slug}>
                          {index > 0 ? ', ' : ''}
                          <Link href={`#${related.slug}`}>{related.term}</Link>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
