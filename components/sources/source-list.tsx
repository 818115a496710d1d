import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { SourceEntry } from '@/lib/sources';

/** One list of sources under its heading; `id` is the heading's anchor, the same in every language. */
export function SourceList({
  id: headingId,
  title,
  sources,
  locale,
}: {
  id: string;
  title: string;
  sources: SourceEntry[];
  locale: Locale;
}) {
  const m = getMessages(locale).sources;
  return (
    <section aria-labelledby={headingId} className="mb-10 max-w-3xl">
      <h2 id={headingId} className="text-2xl font-semibold">
        {title}{' '}
        <span className="text-base font-normal text-slate-600 dark:text-slate-400">
          ({sources.length})
        </span>
      </h2>
      <ul className="mt-4 space-y-5">
        {sources.map((source) => (
          <li
            key={source.id}
            id={source.id}
            data-sourced=""
            className="scroll-mt-4 border-l-4 border-slate-200 pl-4 dark:border-slate-700"
          >
            {/* The publisher's name and the document's title are quoted as published, not reworded. */}
            <p data-prose="exempt" lang="en" className="font-semibold">
              {/* A permalink to this entry: the address every figure on the site links to. */}
              <a href={source.href} className="text-inherit no-underline hover:underline">
                {source.publisher}
              </a>
            </p>
            <p data-prose="exempt" lang="en">
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            </p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700 dark:text-slate-300">
              <dt className="font-medium">{m.edition}</dt>
              <dd>{source.edition}</dd>
              <dt className="font-medium">{m.recorded}</dt>
              <dd>
                <time dateTime={source.recorded.date}>{source.recorded.text}</time>
              </dd>
              {source.citing ? (
                <>
                  <dt className="font-medium">{m.reports}</dt>
                  {/* The publisher whose figures it reports: a name, quoted as published. */}
                  <dd data-prose="exempt" lang="en">
                    {source.citing}
                  </dd>
                </>
              ) : null}
              {source.note ? (
                <>
                  <dt className="font-medium">{m.note}</dt>
                  <dd>{source.note}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
