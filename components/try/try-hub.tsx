import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';
import type { TrySetView } from '@/lib/try-work';

/** /try/: what the two sets are, and a way into each. */
export function TryHub({ sets, locale }: { sets: readonly TrySetView[]; locale: Locale }) {
  const m = getMessages(locale).tryWork;
  const r = routesFor(locale);
  return (
    <>
      <PageIntro title={m.hub.title}>
        <p>{m.hub.intro}</p>
        <p>{m.hub.nothingSaved}</p>
      </PageIntro>
      <ul className="grid max-w-4xl gap-4 sm:grid-cols-2">
        {sets.map((view) => (
          <li
            key={view.set}
            className="rounded-lg border border-slate-300 p-5 dark:border-slate-600"
          >
            <h2 className="text-xl font-semibold">{view.title}</h2>
            <p className="mt-2">{view.intro}</p>
            <p className="mt-3">
              <Link href={r.trySet(view.set)} className="font-semibold">
                {formatMessage(m.sets[view.set].start, { count: view.cases.length })}
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-8 max-w-3xl">
        <RichText
          text={m.hub.notSure}
          tags={{
            quiz: (words) => <Link href={r.quiz()}>{words}</Link>,
            plan: (words) => <Link href={r.plan()}>{words}</Link>,
          }}
        />
      </p>
    </>
  );
}
